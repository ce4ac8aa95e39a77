# Breaks good.trig: negative count.
# expect: violation peel:GradeCountShape-count pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 peel:count MinInclusiveConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:count ?n } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:count -1 } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:count ?n }
