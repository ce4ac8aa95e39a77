# Breaks good.trig: no evidence.
# expect: violation peel:JudgementShape-evidence pk:inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good peel:evidence MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:evidence ?o }
