# Breaks good.trig: two programmes.
# expect: violation peel:InspectionShape-programme pk:inspection/hertfordshire/peel-2023-25 peel:programme MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:programme <https://w3id.org/peelkg/id/programme/peel-2021-22> }
