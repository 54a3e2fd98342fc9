package dev.mirage.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reads sessions and their events for the CLI (and later the console). */
public final class SessionQuery {
    private static final String COLUMNS = "id, start_ms, end_ms, sensor, service, trap, src_ip, src_port, dst_ip,"
            + " dst_port, status, reason, bytes_in, bytes_out, attempt_service, attempt_total, payload,"
            + " payload_truncated, hit_ms";
    private final Connection c;

    public SessionQuery(Connection c) {
        this.c = c;
    }

    /** Sessions started in [sinceMs, untilMs), of one service if given, oldest first; sourceFilter runs in Java (CIDR). */
    public List<SessionRow> sessions(Long sinceMs, Long untilMs, String service, Predicate<String> sourceFilter)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sessions WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (sinceMs != null) {
            sql.append(" AND start_ms >= ?");
            args.add(sinceMs);
        }
        if (untilMs != null) {
            sql.append(" AND start_ms < ?");
            args.add(untilMs);
        }
        if (service != null) {
            sql.append(" AND service = ?");
            args.add(service);
        }
        sql.append(" ORDER BY start_ms, id");
        Map<String, SessionRow> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (sourceFilter != null && !sourceFilter.test(rs.getString(7))) {
                        continue;
                    }
                    rows.put(rs.getString(1), row(rs, new ArrayList<>()));
                }
            }
        }
        attachCredentials(rows, sinceMs);
        return new ArrayList<>(rows.values());
    }

    /** One session by id or unique id prefix; null when none; throws when the prefix is ambiguous. */
    public SessionRow session(String idOrPrefix) throws SQLException {
        List<SessionRow> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM sessions WHERE id >= ? AND id < ? ORDER BY id LIMIT 2")) {
            ps.setString(1, idOrPrefix);
            ps.setString(2, idOrPrefix + "\uffff");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(row(rs, new ArrayList<>()));
                }
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() > 1 && !found.get(0).id().equals(idOrPrefix)) {
            throw new IllegalArgumentException("session id prefix '" + idOrPrefix + "' matches more than one session");
        }
        SessionRow row = found.get(0);
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id, time_ms, method, user_name, secret, success"
                + " FROM credentials WHERE session_id = ? ORDER BY rowid")) {
            ps.setString(1, row.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.credentials().add(credential(rs));
                }
            }
        }
        return row;
    }

    /** An event of a session: its ECS JSON (null for those kept in the session row) and raw data. */
    public record EventRow(long seq, long timeMs, String action, String json, byte[] data) {
    }

    /**
     * A session's whole timeline: connect, the events table's rows, a trap's hit, and close (or
     * refused), the ones kept in the sessions row given back in their place.
     */
    public List<EventRow> events(String sessionId) throws SQLException {
        SessionRow s = session(sessionId);
        return s == null || !s.id().equals(sessionId) ? new ArrayList<>() : events(s);
    }

    /** The timeline of a session already read (show has it: no second read of its row). */
    public List<EventRow> events(SessionRow s) throws SQLException {
        List<EventRow> out = new ArrayList<>();
        String sessionId = s.id();
        if (s.status().equals("refused")) {
            out.add(fromRow(s, s.startMs(), "session.refused", null));
            return out;
        }
        out.add(fromRow(s, s.startMs(), "session.connect", null));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, time_ms, action, json, data FROM events WHERE session_id = ? ORDER BY seq")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5)));
                }
            }
        }
        if (s.hitMs() != null) {
            out.add(fromRow(s, s.hitMs(), "trap.hit", s.payload()));
        }
        if (s.endMs() != null) {
            out.add(fromRow(s, s.endMs(), "session.close", null));
        }
        return out;
    }

    private void attachCredentials(Map<String, SessionRow> rows, Long sinceMs) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "SELECT session_id, time_ms, method, user_name, secret, success FROM credentials"
                + (sinceMs == null ? "" : " WHERE time_ms >= ?") + " ORDER BY rowid";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (sinceMs != null) {
                ps.setLong(1, sinceMs);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SessionRow r = rows.get(rs.getString(1));
                    if (r != null) {
                        r.credentials().add(credential(rs));
                    }
                }
            }
        }
    }

    /** An event kept in the sessions row, given back with a short JSON form (the row has the rest). */
    private static EventRow fromRow(SessionRow s, long timeMs, String action, byte[] data) {
        java.util.Map<String, Object> f = new java.util.LinkedHashMap<>();
        f.put("@timestamp", dev.mirage.event.EcsJson.timestamp(java.time.Instant.ofEpochMilli(timeMs)));
        f.put("event.action", action);
        f.put("event.reason", action.equals("trap.hit") || action.equals("session.connect") ? null : s.reason());
        f.put("source.ip", s.sourceIp());
        f.put("source.port", s.sourcePort());
        f.put("service.name", s.service());
        f.put("mirage.session.id", s.id());
        return new EventRow(-1, timeMs, action, dev.mirage.event.EcsJson.toJson(f), data);
    }

    private static Long hit(ResultSet rs) throws SQLException {
        long v = rs.getLong(19);
        return rs.wasNull() ? null : v;
    }

    private static SessionRow.Credential credential(ResultSet rs) throws SQLException {
        return new SessionRow.Credential(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6) == 1);
    }

    private static SessionRow row(ResultSet rs, List<SessionRow.Credential> creds) throws SQLException {
        long end = rs.getLong(3);
        Long endMs = rs.wasNull() ? null : end;
        return new SessionRow(rs.getString(1), rs.getLong(2), endMs, rs.getString(4), rs.getString(5), rs.getInt(6) == 1,
                rs.getString(7), rs.getInt(8), rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12),
                rs.getLong(13), rs.getLong(14), rs.getInt(15), rs.getInt(16), rs.getBytes(17), rs.getInt(18) == 1,
                hit(rs), creds);
    }
}
