# Breaks good.trig: two titles.
# expect: violation peel:SourceShape-title pk:source/b9b7e6dcfa9cd367 dct:title MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> dct:title "Hertfordshire Constabulary is good at crime prevention", "Get the report" }
