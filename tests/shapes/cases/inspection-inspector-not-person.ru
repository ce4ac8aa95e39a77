# Breaks good.trig: inspector is an organisation.
# expect: violation peel:InspectionShape-inspector pk:inspection/hertfordshire/peel-2023-25 peel:inspector ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspector ?p } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspector <https://w3id.org/peelkg/id/org/hmicfrs> } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspector ?p }
