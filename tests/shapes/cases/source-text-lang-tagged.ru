# Breaks good.trig: schema:text with a language tag.
# expect: violation peel:SourceShape-text pk:source/b9b7e6dcfa9cd367 schema:text DatatypeConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:text ?t } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:text ?t2 } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:text ?t BIND (STRLANG(?t, "en") AS ?t2) }
