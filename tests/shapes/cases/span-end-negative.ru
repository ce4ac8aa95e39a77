# Breaks good.trig: negative endIndex.
# expect: violation peel:TextSpanShape-end pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:endIndex MinInclusiveConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:endIndex ?e } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:endIndex -1 } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:endIndex ?e }
