# Breaks good.trig: sha256 of some other text.
# expect: violation peel:SourceShape-digest pk:source/b9b7e6dcfa9cd367 - SPARQLConstraintComponent
DELETE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> peel:sha256 ?h } INSERT { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> peel:sha256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" } WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367> peel:sha256 ?h }
