# Breaks good.trig: no inspection.
# expect: violation peel:JudgementShape-inspection pk:inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good peel:inspection MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:inspection ?o }
