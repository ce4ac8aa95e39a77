# Breaks good.trig: no speaker.
# expect: violation peel:ClaimShape-speaker pk:claim/859c74bfb74bf2ed peel:speaker MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> peel:speaker ?o }
