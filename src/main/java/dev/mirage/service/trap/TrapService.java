package dev.mirage.service.trap;

import dev.mirage.event.TrapHit;
import dev.mirage.session.Service;
import dev.mirage.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/**
 * Specter's trap: accept, keep what the client sends in the first moment (at most limits.trap-bytes
 * within limits.trap-window), record it, close. Sends nothing, so it gives nothing away.
 * A window of 0 closes at once, keeping only bytes that had already arrived.
 */
public final class TrapService implements Service {
    private final boolean immediate;

    /** @param windowZero limits.trap-window is 0: read only what has already arrived, never wait */
    public TrapService(boolean windowZero) {
        this.immediate = windowZero;
    }

    @Override
    public boolean immediate() {
        return immediate;
    }

    @Override
    public void serve(Session session) throws IOException {
        long windowMillis = session.limits().trapWindow().toMillis();
        int max = session.limits().trapBytes().asInt();
        InputStream in = session.in();
        byte[] buf = new byte[Math.min(max, 65536)];
        int n = 0;
        String reason = "trap-window";
        if (windowMillis == 0) {
            int ready = Math.min(in.available(), buf.length);
            n = ready > 0 ? Math.max(0, in.read(buf, 0, ready)) : 0;
        } else {
            long deadline = System.nanoTime() + windowMillis * 1_000_000;
            while (n < buf.length) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    break;
                }
                session.timeout((int) Math.max(1, left));
                int r;
                try {
                    r = in.read(buf, n, buf.length - n);
                } catch (SocketTimeoutException e) {
                    break;
                }
                if (r < 0) {
                    reason = "peer";
                    break;
                }
                n += r;
            }
        }
        boolean truncated = n == buf.length && in.available() > 0;
        if (n == buf.length) {
            reason = "trap-bytes";
        }
        session.record(new TrapHit(session.now(), session.origin(), Arrays.copyOf(buf, n), truncated));
        session.closeReason(reason);
    }
}
