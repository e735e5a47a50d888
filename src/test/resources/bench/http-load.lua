-- wrk script of HttpLoadBenchmark: every connection cycles through a fixed list of request
-- paths (one a line, in the file named by the first script argument: wrk ... -- FILE), counts
-- responses that are not 2xx, and ends with one machine-readable line the benchmark parses.
-- wrk itself only counts statuses above 399; a redirect to a login page would pass unnoticed.

local threads = {}
local created = 0

function setup(thread)
  created = created + 1
  thread:set("id", created)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    table.insert(paths, line)
  end
  -- Threads start at different places in the list, so they do not ask the same thing in step.
  index = (id * 7) % #paths
  non2xx = 0
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local non = 0
  for _, thread in ipairs(threads) do
    non = non + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format("bench-result requests=%.0f duration_us=%.0f connect=%.0f read=%.0f write=%.0f status=%.0f"
    .. " timeout=%.0f non2xx=%.0f p50_us=%.0f p90_us=%.0f p99_us=%.0f max_us=%.0f\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, non,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
