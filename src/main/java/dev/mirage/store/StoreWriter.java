package dev.mirage.store;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.Event;
import dev.mirage.event.Origin;
import dev.mirage.event.SessionClosed;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.SessionRefused;
import dev.mirage.event.TrapHit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Writes events into the store with prepared statements; the caller (the recorder) commits in batches. */
public final class StoreWriter implements AutoCloseable {
    private final Connection c;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertSession;
    private final PreparedStatement closeSession;
    private final PreparedStatement trapPayload;
    private final PreparedStatement insertCredential;
    private final PreparedStatement countSource;

    public StoreWriter(Connection c) throws SQLException {
        this.c = c;
        insertEvent = c.prepareStatement("INSERT INTO events(time_ms, session_id, action, json, data) VALUES (?,?,?,?,?)");
        insertSession = c.prepareStatement("INSERT INTO sessions(id, start_ms, sensor, service, trap, src_ip, src_port,"
                + " dst_ip, dst_port, status, reason, attempt_service, attempt_total, end_ms, bytes_in, bytes_out, payload,"
                + " payload_truncated, hit_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        closeSession = c.prepareStatement("UPDATE sessions SET end_ms=?, status='closed', reason=?, bytes_in=?, bytes_out=?"
                + " WHERE id=?");
        trapPayload = c.prepareStatement("UPDATE sessions SET payload=?, payload_truncated=?, hit_ms=? WHERE id=?");
        insertCredential = c.prepareStatement("INSERT INTO credentials(session_id, time_ms, service, src_ip, method,"
                + " user_name, secret, success) VALUES (?,?,?,?,?,?,?,?)");
        countSource = c.prepareStatement("SELECT service, COUNT(*) FROM sessions WHERE src_ip=? GROUP BY service");
    }

    /** Past sessions from one source, per service, so attempt counts continue across restarts. */
    public void countsFor(String sourceIp, java.util.function.BiConsumer<String, Integer> sink) throws SQLException {
        countSource.setString(1, sourceIp);
        try (ResultSet rs = countSource.executeQuery()) {
            while (rs.next()) {
                sink.accept(rs.getString(1), rs.getInt(2));
            }
        }
    }

    /**
     * Sessions opened in the current batch and not yet in the table. A session that opens and closes
     * within one batch (every trap hit, most scans) becomes one INSERT instead of an INSERT and two UPDATEs;
     * commit() inserts the rest as open, so a committed batch always has every session it saw.
     */
    private final Map<String, Pending> pending = new HashMap<>();

    private static final class Pending {
        final Origin origin;
        final int attemptService;
        final int attemptTotal;
        TrapHit hit;

        Pending(Origin origin, int attemptService, int attemptTotal) {
            this.origin = origin;
            this.attemptService = attemptService;
            this.attemptTotal = attemptTotal;
        }
    }

    /**
     * Adds one event to the batch; attempt numbers are given for session.connect and session.refused.
     * A session's own events (connect, refused, close, and a trap's hit) are its sessions row: one row
     * per trap session instead of four. Everything else is a row of the events table.
     */
    public void write(Event e, java.util.function.Supplier<String> json, int attemptService, int attemptTotal)
            throws SQLException {
        Origin o = e.origin();
        switch (e) {
            case SessionOpened s -> pending.put(o.sessionId(), new Pending(o, attemptService, attemptTotal));
            case SessionRefused s -> session(o, "refused", s.reason(), attemptService, attemptTotal,
                    o.start().toEpochMilli(), 0, 0, null);
            case SessionClosed s -> {
                Pending p = pending.remove(o.sessionId());
                if (p != null) {
                    session(o, "closed", s.reason(), p.attemptService, p.attemptTotal, s.time().toEpochMilli(),
                            s.bytesIn(), s.bytesOut(), p.hit);
                } else {
                    closeSession.setLong(1, s.time().toEpochMilli());
                    closeSession.setString(2, s.reason());
                    closeSession.setLong(3, s.bytesIn());
                    closeSession.setLong(4, s.bytesOut());
                    closeSession.setString(5, o.sessionId());
                    closeSession.addBatch();
                }
            }
            case TrapHit t -> {
                Pending p = pending.get(o.sessionId());
                if (p != null) {
                    p.hit = t;
                } else {
                    trapPayload.setBytes(1, t.payload());
                    trapPayload.setInt(2, t.truncated() ? 1 : 0);
                    trapPayload.setLong(3, t.time().toEpochMilli());
                    trapPayload.setString(4, o.sessionId());
                    trapPayload.addBatch();
                }
            }
            default -> event(e, o, json);
        }
    }

    private void event(Event e, Origin o, java.util.function.Supplier<String> json) throws SQLException {
        byte[] data = switch (e) {
            case dev.mirage.event.TranscriptChunk t -> t.frames();
            case dev.mirage.event.HttpRequest h -> h.body();
            default -> null;
        };
        insertEvent.setLong(1, e.time().toEpochMilli());
        insertEvent.setString(2, o == null ? null : o.sessionId());
        insertEvent.setString(3, e.action());
        // A transcript's frames are the data column; its JSON here keeps only the counts (the text and
        // base64 forms are in events.jsonl), so the dialogue is not stored three times.
        insertEvent.setString(4, e instanceof dev.mirage.event.TranscriptChunk t
                ? "{\"mirage\":{\"transcript\":{\"part\":" + t.part() + ",\"size\":" + t.frames().length
                        + ",\"truncated\":" + t.truncated() + "}}}"
                : json.get());
        insertEvent.setBytes(5, data);
        insertEvent.addBatch();
        if (e instanceof AuthAttempt a) {
            insertCredential.setString(1, o.sessionId());
            insertCredential.setLong(2, a.time().toEpochMilli());
            insertCredential.setString(3, o.service());
            insertCredential.setString(4, o.sourceIp());
            insertCredential.setString(5, a.method());
            insertCredential.setString(6, a.user());
            insertCredential.setString(7, a.secret());
            insertCredential.setInt(8, a.success() ? 1 : 0);
            insertCredential.addBatch();
        }
    }

    private void session(Origin o, String status, String reason, int attemptService, int attemptTotal, Long end,
                         long bytesIn, long bytesOut, TrapHit hit) throws SQLException {
        insertSession.setString(1, o.sessionId());
        insertSession.setLong(2, o.start().toEpochMilli());
        insertSession.setString(3, o.sensor());
        insertSession.setString(4, o.service());
        insertSession.setInt(5, o.trap() ? 1 : 0);
        insertSession.setString(6, o.sourceIp());
        insertSession.setInt(7, o.sourcePort());
        insertSession.setString(8, o.destinationIp());
        insertSession.setInt(9, o.destinationPort());
        insertSession.setString(10, status);
        insertSession.setString(11, reason);
        insertSession.setInt(12, attemptService);
        insertSession.setInt(13, attemptTotal);
        if (end == null) {
            insertSession.setNull(14, java.sql.Types.INTEGER);
        } else {
            insertSession.setLong(14, end);
        }
        insertSession.setLong(15, bytesIn);
        insertSession.setLong(16, bytesOut);
        insertSession.setBytes(17, hit == null ? null : hit.payload());
        insertSession.setInt(18, hit != null && hit.truncated() ? 1 : 0);
        if (hit == null) {
            insertSession.setNull(19, java.sql.Types.INTEGER);
        } else {
            insertSession.setLong(19, hit.time().toEpochMilli());
        }
        insertSession.addBatch();
    }

    /**
     * Writes the batch in one transaction: sessions first (those still open at the end of the batch
     * included, so a committed batch has every session it saw), then their updates, events, credentials.
     * JDBC batches run each statement's rows in one native loop.
     */
    public void commit() throws SQLException {
        for (Pending p : pending.values()) {
            session(p.origin, "open", null, p.attemptService, p.attemptTotal, null, 0, 0, p.hit);
        }
        pending.clear();
        insertSession.executeBatch();
        closeSession.executeBatch();
        trapPayload.executeBatch();
        insertEvent.executeBatch();
        insertCredential.executeBatch();
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
