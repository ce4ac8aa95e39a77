# Breaks good.trig: dateCreated as a word.
# expect: violation peel:ClaimShape-dateCreated pk:claim/859c74bfb74bf2ed schema:dateCreated DatatypeConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> schema:dateCreated "yesterday" }
