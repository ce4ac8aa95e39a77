# Breaks good.trig: person typed foaf:Person only.
# expect: violation peel:PersonShape-type pk:person/roy-wilsher rdf:type HasValueConstraintComponent
DELETE DATA { <https://w3id.org/peelkg/id/person/roy-wilsher> a schema:Person }
