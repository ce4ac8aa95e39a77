# Breaks good.trig: empty anchorOf.
# expect: violation peel:TextSpanShape-anchor pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:anchorOf MinLengthConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:anchorOf ?a } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:anchorOf "" } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:anchorOf ?a }
