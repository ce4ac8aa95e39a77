# Breaks good.trig: the source's counts (1+3+4+1) do not add up to its number of areas.
# expect: warning peel:InspectionCountsShape-sum pk:inspection/hertfordshire/peel-2023-25 - SPARQLConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount ?n } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount 10 } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:gradedAreaCount ?n }
