# Breaks good.trig: two beginIndex values.
# expect: violation peel:TextSpanShape-begin pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:beginIndex MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:beginIndex "1675"^^xsd:nonNegativeInteger }
