# Breaks good.trig: two headlines.
# expect: violation peel:SourceShape-headline pk:source/b9b7e6dcfa9cd367 schema:headline MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:headline "One", "Two" }
