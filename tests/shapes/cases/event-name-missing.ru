# Breaks good.trig: an event without a name.
# expect: violation peel:EventShape-name pk:event/b9b7e6dcfa9cd367/performance-meeting schema:name MinCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/event/b9b7e6dcfa9cd367/performance-meeting> a schema:Event ; peel:evidence <https://w3id.org/peelkg/id/source/b9b7e6dcfa9cd367#char=1674,1685> }
