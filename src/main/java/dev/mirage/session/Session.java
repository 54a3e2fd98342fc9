package dev.mirage.session;

import dev.mirage.config.MirageConfig;
import dev.mirage.event.Event;
import dev.mirage.event.Origin;
import dev.mirage.recorder.Recorder;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Instant;

/**
 * One accepted connection: its fixed identity, its socket behind counting streams that enforce
 * limits.max-bytes, and the way a service records events. A service never sees the raw socket.
 */
public final class Session {
    private final Origin origin;
    private final Socket socket;
    private final Recorder recorder;
    private final MirageConfig.Limits limits;
    private final CountingIn in;
    private final CountingOut out;
    private final Transcript transcript;
    private volatile String closeReason;
    private volatile long lastInput = System.nanoTime();
    private volatile boolean idleExpired;

    public Session(Origin origin, Socket socket, Recorder recorder, MirageConfig.Limits limits) throws IOException {
        this.origin = origin;
        this.socket = socket;
        this.recorder = recorder;
        this.limits = limits;
        this.transcript = new Transcript(origin, limits.maxBytes().bytes(), recorder::record);
        if (origin.trap()) {
            transcript.disable();
        }
        this.in = new CountingIn(socket.getInputStream(), limits.maxBytes().bytes(), transcript, this);
        this.out = new CountingOut(socket.getOutputStream(), transcript);
    }

    /** Stops keeping the transcript (e.g. SSH, whose bytes past the banner are ciphertext). */
    public void disableTranscript() {
        transcript.flush();
        transcript.disable();
    }

    /** Writes the rest of the transcript; called once by the engine when the session ends. */
    public void finishTranscript() {
        transcript.flush();
    }

    public Origin origin() {
        return origin;
    }

    public MirageConfig.Limits limits() {
        return limits;
    }

    /** The client's bytes; reading past limits.max-bytes throws {@link LimitExceededException}. */
    public InputStream in() {
        return in;
    }

    public OutputStream out() {
        return out;
    }

    public long bytesIn() {
        return in.count;
    }

    public long bytesOut() {
        return out.count;
    }

    /** Records an event of this session. */
    public void record(Event e) {
        recorder.record(e);
    }

    /** Time for a new event. */
    public Instant now() {
        return Instant.now();
    }

    /** How long to wait for the client before the session is closed as idle. */
    public void timeout(int millis) throws SocketException {
        socket.setSoTimeout(millis);
    }

    /** A service says why it ended the session (e.g. "quit", "trap-window"); default "done". */
    public void closeReason(String reason) {
        this.closeReason = reason;
    }

    public String closeReason() {
        return closeReason;
    }

    /**
     * Ends the client's side of a session that has sent nothing for longer than idle: a read in
     * progress then fails with SocketTimeoutException, as a socket timeout would, so a service may
     * still say its farewell. One watcher thread calls this for every session, so blocking reads
     * need no timer of their own (a timed wait per read cost more than the read).
     */
    public void expireIfIdle(long nowNanos, long idleNanos) {
        if (idleExpired && nowNanos - lastInput > 2 * idleNanos) {
            // Still here a whole idle span later: stuck writing to a client that never reads.
            abort();
            return;
        }
        if (!idleExpired && nowNanos - lastInput > idleNanos) {
            idleExpired = true;
            try {
                socket.shutdownInput();
            } catch (IOException ignored) {
                // Already closed: the session is ending anyway.
            }
        }
    }

    /** Closes the connection now; any read or write in progress fails. */
    /**
     * Ends our side gracefully: what was written goes out, then FIN; the socket is closed a second
     * later at most. Closing at once with the client's bytes unread would send a reset, and a client
     * that gets one may drop our last words (an SSH disconnect message) unread.
     */
    public void endSoon() {
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            abort();
            return;
        }
        Thread.ofVirtual().start(() -> {
            dev.mirage.personality.Pause.of(1000);
            abort();
        });
    }

    public void abort() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all we wanted.
        }
    }

    private static final class CountingIn extends FilterInputStream {
        private final long max;
        private final Transcript transcript;
        private final Session session;
        private long count;

        CountingIn(InputStream in, long max, Transcript transcript, Session session) {
            super(in);
            this.max = max;
            this.transcript = transcript;
            this.session = session;
        }

        private final byte[] one = new byte[1];

        @Override
        public int read() throws IOException {
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check(len);
            if (session.idleExpired) {
                throw new SocketTimeoutException("idle");
            }
            int n = super.read(b, off, (int) Math.min(len, max - count));
            if (n > 0) {
                count += n;
                session.lastInput = System.nanoTime();
                transcript.add(true, b, off, n);
            } else if (n < 0 && session.idleExpired) {
                throw new SocketTimeoutException("idle");
            }
            return n;
        }

        private void check(int wanted) throws LimitExceededException {
            if (wanted > 0 && count >= max) {
                throw new LimitExceededException("max-bytes", max);
            }
        }
    }

    private static final class CountingOut extends FilterOutputStream {
        private final Transcript transcript;
        private long count;

        CountingOut(OutputStream out, Transcript transcript) {
            super(out);
            this.transcript = transcript;
        }

        private final byte[] one = new byte[1];

        @Override
        public void write(int b) throws IOException {
            one[0] = (byte) b;
            write(one, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
            transcript.add(false, b, off, len);
        }
    }
}
