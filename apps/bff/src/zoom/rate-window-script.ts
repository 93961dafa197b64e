// The rolling window of decision 005 as one Lua script, run atomically in
// Redis for every replica: at most `limit` sends in any `windowMs` per label,
// timed by Redis's own clock (the replicas' clocks never compare). A grant is
// first a reservation (dated HOLD_MS ahead, so it stays in the window however
// late its process gets to send it); ANSWERED_SCRIPT re-dates it to the moment
// Zoom's answer came back, which is surely after Zoom counted the request. So
// a replica whose event loop is busy cannot bunch its sends into Zoom's next
// second: each counts until one window after Zoom had it. The caller
// asks for how many waiters of each priority it has; the script grants what
// the window and each priority's cap allow (writes first), and when someone
// is left waiting, says in how many milliseconds the oldest grant leaves the
// window. A write-priority caller marks "someone is writing" for every replica.
//
// KEYS: 1 the window (sorted set of grant times), 2 the pause-until time, 3 the writing mark.
// ARGV: 1 windowMs, 2 limit, 3 writing mark ms, 4 unique member prefix,
//       5..7 waiting writes / reads / jobs, 8..9 the read and job caps while someone writes,
//       10 HOLD_MS. Members granted are ARGV[4]:<1|2|3>:<1..n>.
// Returns: { granted writes, granted reads, granted jobs, ms until worth asking again (0: nobody left) }.
export const WINDOW_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local windowMs = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local wants = { tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]) }
local caps = { limit, tonumber(ARGV[8]), tonumber(ARGV[9]) }
if wants[1] > 0 then redis.call('SET', KEYS[3], '1', 'PX', ARGV[3]) end
local pausedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < pausedUntil then return { 0, 0, 0, math.ceil(pausedUntil - now) } end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
local count = redis.call('ZCARD', KEYS[1])
local writing = redis.call('EXISTS', KEYS[3]) == 1
local granted = { 0, 0, 0 }
for i = 1, 3 do
  local cap = limit
  if writing then cap = caps[i] end
  while granted[i] < wants[i] and count < cap do
    granted[i] = granted[i] + 1
    count = count + 1
    redis.call('ZADD', KEYS[1], now + tonumber(ARGV[10]), ARGV[4] .. ':' .. i .. ':' .. granted[i])
  end
end
redis.call('PEXPIRE', KEYS[1], math.ceil(windowMs) + tonumber(ARGV[10]) + 1000)
local left = (wants[1] - granted[1]) + (wants[2] - granted[2]) + (wants[3] - granted[3])
if left == 0 then return { granted[1], granted[2], granted[3], 0 } end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
-- When the oldest leaves the window; a window full of reservations not yet sent is asked again after one window at most.
local wait = windowMs
if oldest[2] then wait = math.max(1, math.min(windowMs, math.ceil(tonumber(oldest[2]) + windowMs - now))) end
wait = math.ceil(wait)
return { granted[1], granted[2], granted[3], wait }
`;

/** A reserved grant (ARGV[1]) was answered now. KEYS: 1 the window. */
export const ANSWERED_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
return redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
`;

/** How long an unanswered grant keeps its place (longer than the client's 15 s timeout; a replica that died holding it frees it after this). */
export const HOLD_MS = 20_000;

/** Hold a label back until now + ARGV[1] ms (never shortening a longer pause). KEYS: 1 the pause-until time. */
export const PAUSE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local untilMs = now + tonumber(ARGV[1])
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > cur then redis.call('SET', KEYS[1], tostring(untilMs), 'PX', math.ceil(tonumber(ARGV[1])) + 1) end
return 1
`;
