# Breaks good.trig: a second schema:text (a source is one text; without its text, as published, it conforms).
# expect: violation peel:SourceShape-text pk:source/b9b7e6dcfa9cd367 schema:text MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:text "Another text." }
