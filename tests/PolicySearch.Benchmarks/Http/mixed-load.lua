-- A mix of valid and hostile requests for wrk, against a running service (docs/operations.md):
--   wrk -t2 -c32 -d60s -s tests/PolicySearch.Benchmarks/Http/mixed-load.lua http://127.0.0.1:PORT
-- Six of the fifteen paths are valid searches, facet value searches, timelines and passages; the other nine must be
-- refused with a 4xx. Any 5xx is printed as it arrives ("5xx <status>"); wrk's own summary counts the rest.
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
local counts = {}
response = function(status, headers, body)
  if status >= 500 then io.write("5xx " .. status .. "\n") end
  local class = math.floor(status / 100)
  counts[class] = (counts[class] or 0) + 1
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, socket errors connect %d read %d write %d timeout %d\n", summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
