# Breaks good.trig: inspecting body is a publisher.
# expect: violation peel:InspectionShape-body pk:inspection/hertfordshire/peel-2023-25 peel:inspectingBody ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspectingBody ?b } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspectingBody <https://w3id.org/peelkg/id/org/bbc-news> } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:inspectingBody ?b }
