# Breaks good.trig: no dct:identifier (file name).
# expect: violation peel:SourceShape-identifier pk:source/b9b7e6dcfa9cd367 dct:identifier MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> dct:identifier ?o }
