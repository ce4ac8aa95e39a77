# Breaks good.trig: no inspected organisation.
# expect: violation peel:InspectionShape-force pk:inspection/hertfordshire/peel-2023-25 peel:inspectedOrganization MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspectedOrganization ?o }
