# Breaks good.trig: publisher as a name string.
# expect: violation peel:SourceShape-publisher pk:source/b9b7e6dcfa9cd367 schema:publisher NodeKindConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:publisher ?p } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:publisher "HMICFRS" } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> schema:publisher ?p }
