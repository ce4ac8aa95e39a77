# Breaks good.trig: no schema:text.
# expect: violation peel:SourceShape-text pk:source/b9b7e6dcfa9cd367 schema:text MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:text ?o }
