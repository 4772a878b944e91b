-- wrk request mix for tests/load/run.sh: the query mix of docs/store.md
-- (rare and common terms, phrases, event filters by actor and month, article
-- fetches) over a synthetic archive. wrk reports latency over all of them.
local articles = tonumber(os.getenv("EVENTWIRE_LOAD_ARTICLES") or "5000")
local common = { "government", "minister", "officials", "said", "security", "talks" }
local actors = { "RUS", "UKR", "IGOUNO", "COP", "OPP", "EGY" }
-- EVENTWIRE_LOAD_ONLY=search|events|article keeps one class (scripts/bench-archive).
local only = os.getenv("EVENTWIRE_LOAD_ONLY") or ""
local kinds = { search = { 0, 1, 2 }, events = { 3 }, article = { 4 } }
local n = 0

request = function()
  n = n + 1
  local kind = n % 5
  if kinds[only] then kind = kinds[only][n % #kinds[only] + 1] end
  local path
  if kind == 0 then
    path = "/api/search?q=rarekey" .. (n * 7919 % math.max(1, math.floor(articles / 10)))
  elseif kind == 1 then
    path = "/api/search?q=" .. common[n % #common + 1]
  elseif kind == 2 then
    path = "/api/search?q=%22told%20reporters%22"
  elseif kind == 3 then
    path = string.format("/api/events?actor=%s&from=%04d-%02d&to=%04d-%02d&limit=100", actors[n % #actors + 1],
      2015 + n % 10, 1 + n % 12, 2015 + n % 10, 1 + n % 12)
  else
    path = string.format("/api/article?id=syn-%08d", n * 104729 % articles)
  end
  return wrk.format("GET", path)
end

local errors = 0
response = function(status)
  if status ~= 200 then errors = errors + 1 end
end
