# Breaks good.trig: no evidence.
# expect: violation peel:InspectionShape-evidence pk:inspection/hertfordshire/peel-2023-25 peel:evidence MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:evidence ?o }
