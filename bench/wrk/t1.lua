-- T1: the first page of one of bench-org's projects' tasks in one status, as one of its members
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local projects
local statuses = {"TODO", "IN_PROGRESS", "REVIEW", "DONE"}
function init(args)
  projects = c.data("projects.txt")
end
function request()
  return wrk.format("GET", "/api/orgs/bench-org/projects/" .. c.pick(projects) .. "/tasks?limit=20&status=" .. c.pick(statuses),
    {["Authorization"] = "Bearer tok-" .. math.random(12, 61)})
end
