# Breaks good.trig: span IRI does not carry its offsets.
# expect: violation peel:TextSpanShape-iri pk:source/b9b7e6dcfa9cd367#char=0,11 - SPARQLConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> ?p ?o } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=0,11> ?p ?o } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> ?p ?o }
