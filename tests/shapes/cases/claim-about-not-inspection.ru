# Breaks good.trig: about is the force.
# expect: violation peel:ClaimShape-about pk:claim/859c74bfb74bf2ed schema:about ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> schema:about ?a } INSERT { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> schema:about <https://w3id.org/peelkg/id/force/hertfordshire> } WHERE { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> schema:about ?a }
