# Breaks good.trig: no anchorOf.
# expect: violation peel:TextSpanShape-anchor pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:anchorOf MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:anchorOf ?o }
