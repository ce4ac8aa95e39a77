# Breaks good.trig: no grade.
# expect: violation peel:JudgementShape-grade pk:inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good peel:grade MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:grade ?o }
