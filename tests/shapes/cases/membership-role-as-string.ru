# Breaks good.trig: role as a string.
# expect: violation peel:MembershipShape-role pk:membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs org:role ClassConstraintComponent
DELETE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:role ?r } INSERT { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:role "His Majesty’s Inspector of Constabulary" } WHERE { <https://w3id.org/peelkg/id/membership/roy-wilsher/hm-inspector-of-constabulary/org-hmicfrs> org:role ?r }
