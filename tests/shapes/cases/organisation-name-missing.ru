# Breaks good.trig: an organisation outside the vocabularies without a name.
# expect: violation peel:OrganizationShape-name pk:org/watford-observer skos:prefLabel|schema:name MinCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/org/watford-observer> a org:Organization ; peel:evidence <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> }
