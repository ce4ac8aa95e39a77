# Breaks good.trig: url as a string literal.
# expect: violation peel:SourceShape-url pk:source/b9b7e6dcfa9cd367 schema:url NodeKindConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:url "https://www.wired-gov.net/" }
