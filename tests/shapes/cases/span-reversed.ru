# Breaks good.trig: begin after end.
# expect: violation peel:TextSpanShape-order pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:beginIndex LessThanConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:beginIndex ?b ; nif:endIndex ?e } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:beginIndex "1685"^^xsd:nonNegativeInteger ; nif:endIndex "1674"^^xsd:nonNegativeInteger } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:beginIndex ?b ; nif:endIndex ?e }
