# Breaks good.trig: no schema:name.
# expect: violation peel:PersonShape-name pk:person/roy-wilsher schema:name MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/person/roy-wilsher> schema:name ?o }
