-- Shared by the scenario scripts: data files written by bench/run.py, random picks, status checks.
local M = {}

function M.lines(path)
  local t = {}
  for line in io.lines(path) do
    if #line > 0 then t[#t + 1] = line end
  end
  return t
end

function M.pick(t)
  return t[math.random(#t)]
end

function M.seed()
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

-- seeds this thread's random numbers and answers the lines of a data file written by run.py
function M.data(name)
  M.seed()
  return M.lines(os.getenv("BENCH_DATA") .. "/" .. name)
end

function M.token()
  -- users 12..2000 of the data set are plain USERs with bearer token tok-<n>
  return "Bearer tok-" .. math.random(12, 2000)
end

return M
