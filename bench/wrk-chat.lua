-- POSTs a small chat completion; PACE_MS adds a pause per connection (rate = connections x 1000 / (PACE_MS + latency)).
wrk.method = "POST"
wrk.body = '{"model":"bench-json","messages":[{"role":"user","content":"Say hello to the benchmark."}]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("KEY") or "")
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  function delay() return pace end
end
