# Breaks good.trig: span typed nif:String only.
# expect: violation peel:TextSpanShape-type pk:source/b9b7e6dcfa9cd367#char=1674,1685 rdf:type HasValueConstraintComponent
DELETE DATA { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> a peel:TextSpan }
