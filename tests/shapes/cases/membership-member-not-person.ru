# Breaks good.trig: member is an organisation.
# expect: violation peel:MembershipShape-member pk:membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs org:member ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:member ?p } INSERT { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:member <https://w3id.org/peelkg/id/org/hmicfrs> } WHERE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:member ?p }
