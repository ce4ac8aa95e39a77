# Breaks good.trig: startDate as words.
# expect: violation peel:EventShape-startDate pk:event/b9b7e6dcfa9cd367/performance-meeting schema:startDate DatatypeConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/event/b9b7e6dcfa9cd367/performance-meeting> a schema:Event ; schema:name "accountability and performance meeting" ; schema:startDate "14 November" ; peel:evidence <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> }
