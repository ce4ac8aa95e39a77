# Breaks good.trig: a grade minted outside the vocabulary.
# expect: violation peel:GradeCountShape-gradeScheme pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 peel:grade/skos:inScheme HasValueConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:grade ?g } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:grade <https://w3id.org/peelkg/id/grade/very-good> } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:grade ?g } ;
INSERT DATA { <https://w3id.org/peelkg/id/grade/very-good> a peel:Grade }
