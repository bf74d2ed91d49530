-- R2: a deep feed page; the cursor comes from bench/run.py after walking about 10,000 rows down
function init(args)
  wrk.path = "/api/posts?limit=20&cursor=" .. args[1]
end
