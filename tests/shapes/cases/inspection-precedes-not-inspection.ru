# Breaks good.trig: the inspection said to precede is the force.
# expect: violation peel:InspectionShape-precedes pk:inspection/hertfordshire/peel-2023-25 peel:precedes ClassConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:precedes <https://w3id.org/peelkg/id/force/hertfordshire> }
