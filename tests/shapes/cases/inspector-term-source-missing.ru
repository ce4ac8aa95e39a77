# Breaks good.trig: a term of office (ontology/vocab/inspectors.ttl) with no dct:source.
# expect: violation peel:InspectorTermShape-source pk:term/jane-roe/hm-inspector-of-constabulary dct:source MinCountConstraintComponent
INSERT DATA {
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> a schema:OrganizationRole .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:member <https://w3id.org/peelkg/id/person/jane-roe> .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:roleName <https://w3id.org/peelkg/id/role/hm-inspector-of-constabulary> .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:startDate "2021-09"^^xsd:gYearMonth .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:endDate "2023-07"^^xsd:gYearMonth .
}
