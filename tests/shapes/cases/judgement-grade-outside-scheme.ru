# Breaks good.trig: a grade minted outside the vocabulary.
# expect: violation peel:JudgementShape-gradeScheme pk:inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good peel:grade/skos:inScheme HasValueConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:grade ?g } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:grade <https://w3id.org/peelkg/id/grade/very-good> } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/judgement/preventing-crime/good> peel:grade ?g } ;
INSERT DATA { <https://w3id.org/peelkg/id/grade/very-good> a peel:Grade }
