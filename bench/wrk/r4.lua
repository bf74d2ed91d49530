-- R4: ranked full-text search for a common word
function init(args)
  wrk.path = "/api/posts/search?q=" .. args[1] .. "&limit=20"
end
