-- MIX: R1 25%, R2 15%, R3 40%, R4 10%, W1 5%, W2 5%
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local slugs, ids, deep, word
function init(args)
  deep, word = args[1], args[2]
  slugs = c.data("slugs.txt")
  ids = c.data("post-ids.txt")
end
function request()
  local r = math.random(100)
  if r <= 25 then
    return wrk.format("GET", "/api/posts?limit=20")
  elseif r <= 40 then
    return wrk.format("GET", "/api/posts?limit=20&cursor=" .. deep)
  elseif r <= 80 then
    return wrk.format("GET", "/api/posts/" .. c.pick(slugs))
  elseif r <= 90 then
    return wrk.format("GET", "/api/posts/search?q=" .. word .. "&limit=20")
  elseif r <= 95 then
    return wrk.format("POST", "/api/posts/" .. c.pick(ids) .. "/comments",
      {["Authorization"] = c.token(), ["Content-Type"] = "application/json"},
      '{"content": "Benchmark comment: thanks for the write-up!"}')
  else
    return wrk.format("PUT", "/api/posts/" .. c.pick(ids) .. "/like", {["Authorization"] = c.token()})
  end
end
