# Breaks good.trig: negative graded area count.
# expect: violation peel:InspectionShape-gradedAreaCount pk:inspection/hertfordshire/peel-2023-25 peel:gradedAreaCount MinInclusiveConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount ?n } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount -1 } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount ?n }
