request = function()
  return wrk.format("GET", os.getenv("PROFILE_PATH"), { ["X-Api-Key"] = os.getenv("API_KEY") })
end
