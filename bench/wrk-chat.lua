-- POSTs a small chat completion; PACE_MS adds a pause per connection (rate = connections x 1000 / (PACE_MS + latency)).
-- MODEL picks the deployment (default bench-json); the response cache is bypassed unless CACHE=1;
-- UNIQUE=1 makes every prompt different (each call is then a cache miss).
local model = os.getenv("MODEL") or "bench-json"
local unique = os.getenv("UNIQUE") == "1"
wrk.method = "POST"
wrk.body = '{"model":"' .. model .. '","messages":[{"role":"user","content":"Say hello to the benchmark."}]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("KEY") or "")
if os.getenv("CACHE") ~= "1" then
  wrk.headers["x-vectort-cache"] = "bypass"
end
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  function delay() return pace end
end
if unique then
  local counter = 0
  local thread_tag = tostring(math.random(1, 1000000000))
  function request()
    counter = counter + 1
    local body = '{"model":"' .. model .. '","messages":[{"role":"user","content":"Say hello to call '
      .. thread_tag .. '-' .. counter .. '."}]}'
    return wrk.format(nil, nil, nil, body)
  end
end
