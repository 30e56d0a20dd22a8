-- A mix of valid and hostile requests for wrk, against a running service (docs/operations.md). The benchmark's
-- `--http-mixed` mode runs it (tests/PolicySearch.Benchmarks/README.md); by hand:
--   wrk -t2 -c32 -d60s -s tests/PolicySearch.Benchmarks/Http/mixed-load.lua http://127.0.0.1:PORT
-- Six of the fifteen paths are valid searches, facet value searches, timelines and passages (the passage is one of
-- the seeds: on another index it is a 404); the other nine must be refused with a 4xx. Any 5xx is printed as it
-- arrives ("5xx <status>"); at the end one line counts the responses by status class over all threads, and one
-- wrk's requests and socket errors.
local paths = {
  "/api/search?q=detainer%20warrant&stance=opposes",
  "/api/search?q=%22sanctuary%20state%22&sort=newest",
  "/api/search?q=sanct*%20OR%20Rauner&pageSize=50",
  "/api/facets/speaker?prefix=ra&q=sanctuary",
  "/api/timeline?interval=month",
  "/api/passages/000_a5cd8bc06ca0a28d-4",
  "/api/search?q=%22unbalanced",
  "/api/search?q=((((((((a",
  "/api/search?year=abc",
  "/api/search?q=a&q=b",
  "/api/search?q=%FF%FE",
  "/api/search?pageSize=1000",
  "/api/passages/%3Cscript%3E",
  "/api/search?q=" .. string.rep("x", 9000),
  "/api/export?q=a*&format=xml",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
-- Each wrk thread runs its own copy of this script: `counts` is global so that done() can read every thread's.
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end
counts = {}
response = function(status, headers, body)
  if status >= 500 then io.write("5xx " .. status .. "\n") end
  local class = math.floor(status / 100)
  counts[class] = (counts[class] or 0) + 1
end
done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for class, n in pairs(thread:get("counts") or {}) do
      total[class] = (total[class] or 0) + n
    end
  end
  io.write(string.format("status classes 1xx %d 2xx %d 3xx %d 4xx %d 5xx %d\n",
    total[1] or 0, total[2] or 0, total[3] or 0, total[4] or 0, total[5] or 0))
  io.write(string.format("requests %d, socket errors connect %d read %d write %d timeout %d\n", summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
