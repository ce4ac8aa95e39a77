# Breaks good.trig: beginIndex typed xsd:decimal.
# expect: violation peel:TextSpanShape-begin pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:beginIndex OrConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:beginIndex ?b } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:beginIndex "1674.0"^^xsd:decimal } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:beginIndex ?b }
