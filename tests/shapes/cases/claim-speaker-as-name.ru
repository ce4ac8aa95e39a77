# Breaks good.trig: speaker as a name string.
# expect: violation peel:ClaimShape-speaker pk:claim/859c74bfb74bf2ed peel:speaker OrConstraintComponent
DELETE { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> peel:speaker ?s } INSERT { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> peel:speaker "Roy Wilsher" } WHERE { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> peel:speaker ?s }
