# Breaks good.trig: referenceContext is not a source.
# expect: violation peel:TextSpanShape-context pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:referenceContext ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:referenceContext ?s } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:referenceContext <https://w3id.org/peelkg/id/force/hertfordshire> } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:referenceContext ?s }
