# Breaks good.trig: grade is an area.
# expect: violation peel:GradeCountShape-grade pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 peel:grade ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:grade ?g } INSERT { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:grade <https://w3id.org/peelkg/id/area/peel-2023-25/preventing-crime> } WHERE { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/1> peel:grade ?g }
