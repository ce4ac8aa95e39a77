# Breaks good.trig: an event without evidence.
# expect: violation peel:EventShape-evidence pk:event/b9b7e6dcfa9cd367/performance-meeting peel:evidence MinCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/event/b9b7e6dcfa9cd367/performance-meeting> a schema:Event ; schema:name "accountability and performance meeting" }
