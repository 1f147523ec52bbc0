-- One target of `manage.py bench_http`, set through the environment: BENCH_METHOD, BENCH_BODY,
-- BENCH_CONTENT_TYPE, BENCH_ACCEPT, BENCH_COOKIE, BENCH_CSRF. BENCH_BODY's "{uuid}" is replaced
-- by a fresh id on every request (an H5P statement's delivery id). Prints one JSON line.
local body = os.getenv("BENCH_BODY")
wrk.method = os.getenv("BENCH_METHOD") or "GET"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
wrk.headers["X-CSRFToken"] = os.getenv("BENCH_CSRF")
wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "text/html"
if os.getenv("BENCH_CONTENT_TYPE") then
  wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
end

math.randomseed(os.time())

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

request = function()
  if body == nil or body == "" then
    return wrk.format()
  end
  return wrk.format(nil, nil, nil, (string.gsub(body, "{uuid}", uuid)))
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "bytes": %d, '
      .. '"errors": %d, "bad_status": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    summary.bytes, errors.connect + errors.read + errors.write + errors.timeout, errors.status
  ))
end
