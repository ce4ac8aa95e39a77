# Breaks good.trig: party is a publisher.
# expect: violation peel:MembershipShape-party pk:membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs peel:politicalParty ClassConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> peel:politicalParty <https://w3id.org/peelkg/id/org/bbc-news> }
