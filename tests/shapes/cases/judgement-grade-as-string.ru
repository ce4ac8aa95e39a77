# Breaks good.trig: grade as a string.
# expect: violation peel:JudgementShape-grade pk:inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good peel:grade ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:grade ?g } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:grade "good" } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:grade ?g }
