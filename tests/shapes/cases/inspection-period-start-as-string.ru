# Breaks good.trig: periodStart as words.
# expect: violation peel:InspectionShape-periodStart pk:inspection/hertfordshire/peel-2023-25 peel:periodStart OrConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:periodStart "December 2023" }
