# Breaks good.trig: anchorOf is not the text at the offsets.
# expect: violation peel:TextSpanShape-anchorText pk:source/b9b7e6dcfa9cd367#char=1674,1685 - SPARQLConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:anchorOf ?a } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:anchorOf "Roy Wilshire" } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:anchorOf ?a }
