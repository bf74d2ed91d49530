-- P1: the product list's first page, in one of the 4 categories and one of the 4 orders, at random
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local sorts = {"newest", "price", "price_desc", "rating"}
function init(args)
  c.seed()
end
function request()
  return wrk.format("GET", "/api/products?limit=20&category=category-" .. math.random(4) .. "&sort=" .. c.pick(sorts))
end
