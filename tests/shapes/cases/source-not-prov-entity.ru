# Breaks good.trig: a source without its prov:Entity type.
# expect: violation peel:SourceShape-type pk:source/b9b7e6dcfa9cd367 rdf:type HasValueConstraintComponent
DELETE DATA { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> a prov:Entity }
