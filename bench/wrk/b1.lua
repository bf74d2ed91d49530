-- B1: the board of one of bench-org's 10 projects, as one of its members
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local projects
function init(args)
  projects = c.data("projects.txt")
end
function request()
  return wrk.format("GET", "/api/orgs/bench-org/projects/" .. c.pick(projects) .. "/board",
    {["Authorization"] = "Bearer tok-" .. math.random(12, 61)})
end
