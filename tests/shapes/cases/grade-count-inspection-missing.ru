# Breaks good.trig: no inspection.
# expect: violation peel:GradeCountShape-inspection pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 peel:inspection MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:inspection ?o }
