# Breaks good.trig: no foaf:name.
# expect: violation peel:PersonShape-foafName pk:person/roy-wilsher foaf:name MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/person/roy-wilsher> foaf:name ?o }
