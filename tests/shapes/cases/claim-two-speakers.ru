# Breaks good.trig: two speakers.
# expect: violation peel:ClaimShape-speaker pk:claim/859c74bfb74bf2ed peel:speaker MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> peel:speaker <https://w3id.org/peelkg/id/org/hmicfrs> }
