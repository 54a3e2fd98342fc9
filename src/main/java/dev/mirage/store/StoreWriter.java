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
                + " dst_ip, dst_port, status, reason, attempt_service, attempt_total, end_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        closeSession = c.prepareStatement("UPDATE sessions SET end_ms=?, status='closed', reason=?, bytes_in=?, bytes_out=?"
                + " WHERE id=?");
        trapPayload = c.prepareStatement("UPDATE sessions SET payload=? WHERE id=?");
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

    /** Writes one event; attempt numbers are given for session.connect and session.refused. */
    public void write(Event e, String json, int attemptService, int attemptTotal) throws SQLException {
        Origin o = e.origin();
        byte[] data = switch (e) {
            case TrapHit t -> t.payload();
            case dev.mirage.event.TranscriptChunk t -> t.frames();
            case dev.mirage.event.HttpRequest h -> h.body();
            default -> null;
        };
        insertEvent.setLong(1, e.time().toEpochMilli());
        insertEvent.setString(2, o == null ? null : o.sessionId());
        insertEvent.setString(3, e.action());
        insertEvent.setString(4, json);
        insertEvent.setBytes(5, data);
        insertEvent.executeUpdate();
        switch (e) {
            case SessionOpened s -> session(o, "open", null, attemptService, attemptTotal, null);
            case SessionRefused s -> session(o, "refused", s.reason(), attemptService, attemptTotal, o.start().toEpochMilli());
            case SessionClosed s -> {
                closeSession.setLong(1, s.time().toEpochMilli());
                closeSession.setString(2, s.reason());
                closeSession.setLong(3, s.bytesIn());
                closeSession.setLong(4, s.bytesOut());
                closeSession.setString(5, o.sessionId());
                closeSession.executeUpdate();
            }
            case TrapHit t -> {
                trapPayload.setBytes(1, t.payload());
                trapPayload.setString(2, o.sessionId());
                trapPayload.executeUpdate();
            }
            case AuthAttempt a -> {
                insertCredential.setString(1, o.sessionId());
                insertCredential.setLong(2, a.time().toEpochMilli());
                insertCredential.setString(3, o.service());
                insertCredential.setString(4, o.sourceIp());
                insertCredential.setString(5, a.method());
                insertCredential.setString(6, a.user());
                insertCredential.setString(7, a.secret());
                insertCredential.setInt(8, a.success() ? 1 : 0);
                insertCredential.executeUpdate();
            }
            default -> {
            }
        }
    }

    private void session(Origin o, String status, String reason, int attemptService, int attemptTotal, Long end)
            throws SQLException {
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
        insertSession.executeUpdate();
    }

    public void commit() throws SQLException {
        c.commit();
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
