# Breaks good.trig: source IRI not minted from its digest.
# expect: violation peel:SourceShape-iri pk:source/0000000000000000 - SPARQLConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> ?p ?o } INSERT { <https://w3id.org/peelkg/id/source/0000000000000000> ?p ?o } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> ?p ?o }
