# Breaks good.trig: count as a word.
# expect: violation peel:GradeCountShape-count pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 peel:count DatatypeConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:count ?n } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:count "one" } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:count ?n }
