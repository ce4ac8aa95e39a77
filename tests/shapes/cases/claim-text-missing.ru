# Breaks good.trig: no text.
# expect: violation peel:ClaimShape-text pk:claim/859c74bfb74bf2ed schema:text MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> schema:text ?o }
