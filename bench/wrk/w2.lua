-- W2: an idempotent like of a random published post by a random user
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local ids
function init(args)
  ids = c.data("post-ids.txt")
end
function request()
  return wrk.format("PUT", "/api/posts/" .. c.pick(ids) .. "/like", {["Authorization"] = c.token()})
end
