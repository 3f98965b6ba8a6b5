-- PATCH /api/v1/candidates/{id} for an id drawn from CANDIDATE_FIRST..CANDIDATE_LAST (one id: every
-- request contends for the same row lock). The rating alternates so every request changes the row.
local first = tonumber(os.getenv("CANDIDATE_FIRST"))
local last = tonumber(os.getenv("CANDIDATE_LAST"))
local n = 0
request = function()
  n = n + 1
  local body = '{"rating": ' .. (n % 5 + 1) .. '}'
  return wrk.format("PATCH", "/api/v1/candidates/" .. math.random(first, last), {
    ["Authorization"] = "Bearer " .. os.getenv("API_KEY"),
    ["Content-Type"] = "application/json"
  }, body)
end
