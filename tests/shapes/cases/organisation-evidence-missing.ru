# Breaks good.trig: an organisation outside the vocabularies without evidence.
# expect: violation peel:OrganizationShape-evidence pk:org/watford-observer peel:evidence MinCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/org/watford-observer> a org:Organization ; skos:prefLabel "Watford Observer" }
