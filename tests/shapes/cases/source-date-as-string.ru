# Breaks good.trig: datePublished as a string.
# expect: violation peel:SourceShape-datePublished pk:source/b9b7e6dcfa9cd367 schema:datePublished DatatypeConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:datePublished ?d } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:datePublished "17 October 2024" } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:datePublished ?d }
