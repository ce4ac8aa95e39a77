# Breaks good.trig: no evidence.
# expect: violation peel:PersonShape-evidence pk:person/roy-wilsher peel:evidence MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/person/roy-wilsher> peel:evidence ?o }
