# Breaks good.trig: evidence is the source, not a span.
# expect: violation peel:PersonShape-evidence pk:person/roy-wilsher peel:evidence ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/person/roy-wilsher> peel:evidence ?e } INSERT { <https://w3id.org/peelkg/id/person/roy-wilsher> peel:evidence <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> } WHERE { <https://w3id.org/peelkg/id/person/roy-wilsher> peel:evidence ?e }
