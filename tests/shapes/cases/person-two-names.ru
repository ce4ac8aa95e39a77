# Breaks good.trig: two schema:name values.
# expect: violation peel:PersonShape-name pk:person/roy-wilsher schema:name MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/person/roy-wilsher> schema:name "Mr Wilsher" }
