# Breaks good.trig: no evidence.
# expect: violation peel:MembershipShape-evidence pk:membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs peel:evidence MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> peel:evidence ?o }
