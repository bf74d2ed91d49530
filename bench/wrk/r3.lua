-- R3: detail of a random published post
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local slugs
function init(args)
  slugs = c.data("slugs.txt")
end
function request()
  return wrk.format("GET", "/api/posts/" .. c.pick(slugs))
end
