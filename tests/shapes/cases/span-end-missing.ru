# Breaks good.trig: no endIndex.
# expect: violation peel:TextSpanShape-end pk:source/b9b7e6dcfa9cd367#char=1674,1685 nif:endIndex MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> nif:endIndex ?o }
