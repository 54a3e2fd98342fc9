-- Sessions: one row per accepted (or refused) connection; identity fixed at accept.
CREATE TABLE sessions (
  id              TEXT PRIMARY KEY,
  start_ms        INTEGER NOT NULL,
  end_ms          INTEGER,
  sensor          TEXT NOT NULL,
  service         TEXT NOT NULL,
  trap            INTEGER NOT NULL,
  src_ip          TEXT NOT NULL,
  src_port        INTEGER NOT NULL,
  dst_ip          TEXT NOT NULL,
  dst_port        INTEGER NOT NULL,
  status          TEXT NOT NULL,            -- open, closed, refused
  reason          TEXT,
  bytes_in        INTEGER NOT NULL DEFAULT 0,
  bytes_out       INTEGER NOT NULL DEFAULT 0,
  attempt_service INTEGER NOT NULL,
  attempt_total   INTEGER NOT NULL,
  payload         BLOB,                     -- what a trap kept (trap.hit)
  payload_truncated INTEGER NOT NULL DEFAULT 0,
  hit_ms          INTEGER                   -- when the trap.hit was recorded
) WITHOUT ROWID;
CREATE INDEX sessions_start ON sessions(start_ms);
CREATE INDEX sessions_source ON sessions(src_ip, service);

-- Every other event in order (session.connect, refused, close and trap.hit live in the sessions
-- row above); json is its ECS form, data its raw bytes where it has any.
CREATE TABLE events (
  seq        INTEGER PRIMARY KEY,
  time_ms    INTEGER NOT NULL,
  session_id TEXT,
  action     TEXT NOT NULL,
  json       TEXT NOT NULL,
  data       BLOB
);
CREATE INDEX events_session ON events(session_id) WHERE session_id IS NOT NULL;

-- Credentials tried, for the per-session summary and for decoy reuse checks.
CREATE TABLE credentials (
  session_id TEXT NOT NULL,
  time_ms    INTEGER NOT NULL,
  service    TEXT NOT NULL,
  src_ip     TEXT NOT NULL,
  method     TEXT NOT NULL,
  user_name  TEXT,
  secret     TEXT,
  success    INTEGER NOT NULL
);
CREATE INDEX credentials_session ON credentials(session_id);
