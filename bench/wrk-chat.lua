-- POSTs a small chat completion; PACE_MS adds a pause per connection (rate = connections x 1000 / (PACE_MS + latency)).
-- MODEL picks the deployment (default bench-json); the response cache is bypassed unless CACHE=1.
wrk.method = "POST"
wrk.body = '{"model":"' .. (os.getenv("MODEL") or "bench-json")
  .. '","messages":[{"role":"user","content":"Say hello to the benchmark."}]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("KEY") or "")
if os.getenv("CACHE") ~= "1" then
  wrk.headers["x-vectort-cache"] = "bypass"
end
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  function delay() return pace end
end
