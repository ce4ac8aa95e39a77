# Breaks good.trig: a term of office (ontology/vocab/inspectors.ttl) whose schema:roleName is an organisation, not a role.
# expect: violation peel:InspectorTermShape-role pk:term/jane-roe/hm-inspector-of-constabulary schema:roleName ClassConstraintComponent
INSERT DATA {
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> a schema:OrganizationRole .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:member <https://w3id.org/peelkg/id/person/jane-roe> .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:roleName <https://w3id.org/peelkg/id/org/hmicfrs> .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:startDate "2021-09"^^xsd:gYearMonth .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> schema:endDate "2023-07"^^xsd:gYearMonth .
    <https://w3id.org/peelkg/id/term/jane-roe/hm-inspector-of-constabulary> dct:source "GOV.UK appointment notice" .
}
