package dev.mirage.session;

import dev.mirage.event.Origin;
import dev.mirage.event.TranscriptChunk;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Collects what each side of a session said into frames and hands them to the recorder in chunks,
 * so the whole dialogue is on record without one event per read. Bounded: at most {@code max}
 * bytes per direction are kept; the rest is counted as truncated.
 */
final class Transcript {
    static final int CHUNK = 4 * 1024;
    private static final int HEADER = 5;

    private final Origin origin;
    private final Consumer<TranscriptChunk> sink;
    private final long max;
    private byte[] buf = new byte[0];
    private int len;
    private int frameStart = -1;
    private byte direction;
    private long keptIn;
    private long keptOut;
    private boolean truncated;
    private int part;
    private boolean enabled = true;

    Transcript(Origin origin, long max, Consumer<TranscriptChunk> sink) {
        this.origin = origin;
        this.max = max;
        this.sink = sink;
    }

    void disable() {
        enabled = false;
    }

    synchronized void add(boolean inbound, byte[] b, int off, int n) {
        if (!enabled || n <= 0) {
            return;
        }
        long kept = inbound ? keptIn : keptOut;
        int take = (int) Math.min(n, max - kept);
        if (take < n) {
            truncated = true;
        }
        if (take <= 0) {
            return;
        }
        if (inbound) {
            keptIn += take;
        } else {
            keptOut += take;
        }
        byte dir = (byte) (inbound ? 'I' : 'O');
        while (take > 0) {
            if (frameStart < 0 || direction != dir) {
                closeFrame();
                ensure(HEADER);
                frameStart = len;
                direction = dir;
                buf[len] = dir;
                len += HEADER;
            }
            int room = CHUNK - len;
            int k = Math.min(take, Math.max(room, 1));
            ensure(k);
            System.arraycopy(b, off, buf, len, k);
            len += k;
            off += k;
            take -= k;
            if (len >= CHUNK) {
                flush();
            }
        }
    }

    /** Writes what is buffered as one chunk event. */
    synchronized void flush() {
        closeFrame();
        if (len == 0) {
            return;
        }
        sink.accept(new TranscriptChunk(Instant.now(), origin, part++, Arrays.copyOf(buf, len), truncated));
        len = 0;
        if (buf.length > CHUNK) {
            buf = new byte[0];
        }
    }

    private void closeFrame() {
        if (frameStart >= 0) {
            int n = len - frameStart - HEADER;
            buf[frameStart + 1] = (byte) (n >>> 24);
            buf[frameStart + 2] = (byte) (n >>> 16);
            buf[frameStart + 3] = (byte) (n >>> 8);
            buf[frameStart + 4] = (byte) n;
            frameStart = -1;
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(len + more, Math.min(CHUNK + HEADER, Math.max(256, buf.length * 2))));
        }
    }
}
