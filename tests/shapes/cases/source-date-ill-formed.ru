# Breaks good.trig: datePublished typed xsd:date but not a date.
# expect: violation peel:SourceShape-datePublished pk:source/b9b7e6dcfa9cd367 schema:datePublished DatatypeConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:datePublished ?d } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:datePublished "2024-10-32"^^xsd:date } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:datePublished ?d }
