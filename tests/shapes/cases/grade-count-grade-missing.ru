# Breaks good.trig: no grade.
# expect: violation peel:GradeCountShape-grade pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 peel:grade MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:grade ?o }
