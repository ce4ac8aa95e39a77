# Breaks good.trig: graded area count as a word.
# expect: violation peel:InspectionShape-gradedAreaCount pk:inspection/hertfordshire/peel-2023-25 peel:gradedAreaCount DatatypeConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount ?n } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount "nine" } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount ?n }
