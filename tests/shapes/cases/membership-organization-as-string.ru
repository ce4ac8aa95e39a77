# Breaks good.trig: organisation as a name string.
# expect: violation peel:MembershipShape-organization pk:membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs org:organization NodeKindConstraintComponent
DELETE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:organization ?o } INSERT { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:organization "HMICFRS" } WHERE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:organization ?o }
