# Breaks good.trig: assessment area is a grade.
# expect: violation peel:ClaimShape-area pk:claim/859c74bfb74bf2ed peel:assessmentArea ClassConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/claim/859c74bfb74bf2ed> peel:assessmentArea <https://w3id.org/peelkg/id/grade/good> }
