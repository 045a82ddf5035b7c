-- wrk script for uncached work: every request asks something not asked before, so no answer
-- comes from the page cache. BENCH_VARY names the kind: cost, api-cost, compare, models, or mixed (cost,
-- api-cost and models in turn).
local kind = os.getenv("BENCH_VARY") or "cost"
local counter = 0
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
local offset = math.random(0, 1000000000)
local models = { "gpt-5.2", "claude-opus-4.5", "gemini-3-pro-preview", "llama-3.3-70b-instruct", "deepseek-v3.2",
  "qwen3-235b-a22b", "gpt-oss-120b", "mistral-large-3", "grok-4", "kimi-k2-thinking", "glm-5", "gpt-4.1-mini" }
local sorts = { "name", "vendor", "release", "parameters", "context", "price", "openness" }
local vendors = { "", "openai", "anthropic", "google", "meta", "mistral", "alibaba", "deepseek" }

-- ordered quadruples of distinct models: 11,880 comparisons, none asked twice in a short run
local quads = {}
for a = 1, #models do for b = 1, #models do for c = 1, #models do for d = 1, #models do
  if a ~= b and a ~= c and a ~= d and b ~= c and b ~= d and c ~= d then
    quads[#quads + 1] = models[a] .. "," .. models[b] .. "," .. models[c] .. "," .. models[d]
  end
end end end end

local kinds = { "cost", "api-cost", "models" }

request = function()
  counter = counter + 1
  -- each thread counts on its own from a random start, so the two threads rarely ask the same
  local n = counter + offset
  local this = kind == "mixed" and kinds[(counter % #kinds) + 1] or kind
  local path
  if this == "cost" or this == "api-cost" then
    path = (this == "cost" and "/cost" or "/api/cost") .. "?models=gpt-4,llama-2-70b&inputTokens=" .. (1000000 + n)
      .. "&outputTokens=1000000"
  elseif this == "compare" then
    path = "/compare?models=" .. quads[(n % #quads) + 1]
  else
    -- a minimum openness score to four decimals never repeats within a run: every catalogue is a new one
    path = "/models?sort=" .. sorts[(n % #sorts) + 1] .. "&vendor=" .. vendors[(math.floor(n / #sorts) % #vendors) + 1]
      .. "&minScore=" .. string.format("%.4f", (n % 9000) / 10000)
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = "gzip" })
end
