# Breaks good.trig: programme is an area.
# expect: violation peel:InspectionShape-programme pk:inspection/hertfordshire/peel-2023-25 peel:programme ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:programme ?p } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:programme <https://w3id.org/peelkg/id/area/peel-2023-25/preventing-crime> } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:programme ?p }
