-- C1: checkout pairs. Each thread has one connection and one buyer of its own (run.py starts wrk
-- with as many threads as connections), so its requests alternate in order: put 2 of a random
-- product in the cart, then check the cart out to the buyer's address.
package.path = package.path .. ";" .. os.getenv("BENCH_WRK") .. "/?.lua"
local c = require("common")
local threads = 0
function setup(thread)
  thread:set("buyer", threads)
  threads = threads + 1
end
local products, token, address, filled
function init(args)
  products = c.data("product-ids.txt")
  local line = c.data("buyers.txt")[buyer + 1]
  token, address = line:match("^(%S+) (%S+)$")
  filled = false
end
function request()
  filled = not filled
  if filled then
    return wrk.format("PUT", "/api/cart/items/" .. c.pick(products),
        {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, '{"quantity": 2}')
  end
  return wrk.format("POST", "/api/orders", {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"},
      '{"addressId": "' .. address .. '"}')
end
