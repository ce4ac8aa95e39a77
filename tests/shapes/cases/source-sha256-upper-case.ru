# Breaks good.trig: sha256 in upper case hex.
# expect: violation peel:SourceShape-sha256 pk:source/b9b7e6dcfa9cd367 peel:sha256 PatternConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> peel:sha256 ?h } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> peel:sha256 ?u } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> peel:sha256 ?h BIND (UCASE(?h) AS ?u) }
