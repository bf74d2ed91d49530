-- W1: a comment on a random published post by a random user
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local ids
function init(args)
  ids = c.data("post-ids.txt")
end
function request()
  return wrk.format("POST", "/api/posts/" .. c.pick(ids) .. "/comments",
    {["Authorization"] = c.token(), ["Content-Type"] = "application/json"},
    '{"content": "Benchmark comment: thanks for the write-up!"}')
end
