# Breaks good.trig: no sha256.
# expect: violation peel:SourceShape-sha256 pk:source/b9b7e6dcfa9cd367 peel:sha256 MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> peel:sha256 ?o }
