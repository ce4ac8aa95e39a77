# Breaks good.trig: no evidence.
# expect: violation peel:ClaimShape-evidence pk:claim/859c74bfb74bf2ed peel:evidence MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> peel:evidence ?o }
