# Breaks good.trig: no evidence.
# expect: violation peel:GradeCountShape-evidence pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 peel:evidence MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:evidence ?o }
