# Breaks good.trig: the source gives two counts for 'good'.
# expect: warning peel:GradeCountUniquenessShape-oneCount pk:inspection/hertfordshire/peel-2023-25/grade-count/good/1 - SPARQLConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25/grade-count/good/2> a peel:GradeCount ; peel:inspection <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> ; peel:grade <https://w3id.org/peelkg/id/grade/good> ; peel:count 2 ; peel:evidence <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1980,2034> }
