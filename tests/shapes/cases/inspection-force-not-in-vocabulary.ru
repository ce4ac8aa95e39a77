# Breaks good.trig: inspected organisation minted instead of looked up.
# expect: violation peel:InspectionShape-force pk:inspection/hertfordshire/peel-2023-25 peel:inspectedOrganization ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspectedOrganization ?f } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspectedOrganization <https://w3id.org/peelkg/id/org/hertfordshire-constabulary> } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspectedOrganization ?f }
