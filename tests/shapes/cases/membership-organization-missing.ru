# Breaks good.trig: no organisation.
# expect: violation peel:MembershipShape-organization pk:membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs org:organization MinCountConstraintComponent
DELETE WHERE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:organization ?o }
