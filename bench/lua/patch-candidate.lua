-- PATCH /api/v1/candidates/{id}: alternate the rating so every request really changes the row.
local n = 0
request = function()
  n = n + 1
  local body = '{"rating": ' .. (n % 5 + 1) .. '}'
  return wrk.format("PATCH", os.getenv("CANDIDATE_PATH"), {
    ["Authorization"] = "Bearer " .. os.getenv("API_KEY"),
    ["Content-Type"] = "application/json"
  }, body)
end
