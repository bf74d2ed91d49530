-- R1: first page of the published feed
wrk.path = "/api/posts?limit=20"
