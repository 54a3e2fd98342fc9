package dev.mirage.event;

import java.time.Instant;

/**
 * A part of a session's transcript: what each side said, in order, as frames of
 * [direction byte 'I' (client) or 'O' (us)][4-byte length][bytes]. Written when the buffer fills
 * and when the session ends, so one session has one or a few of these, not one per line.
 */
public record TranscriptChunk(Instant time, Origin origin, int part, byte[] frames, boolean truncated)
        implements Event {
    public static final String ACTION = "session.transcript";

    @Override
    public String action() {
        return ACTION;
    }

    /** Calls visit(inbound, bytes) for each frame, in order. */
    public static void forEachFrame(byte[] frames, java.util.function.BiConsumer<Boolean, byte[]> visit) {
        int i = 0;
        while (i + 5 <= frames.length) {
            boolean in = frames[i] == 'I';
            int n = ((frames[i + 1] & 0xff) << 24) | ((frames[i + 2] & 0xff) << 16) | ((frames[i + 3] & 0xff) << 8)
                    | (frames[i + 4] & 0xff);
            int end = (int) Math.min(frames.length, (long) i + 5 + Math.max(0, n));
            visit.accept(in, java.util.Arrays.copyOfRange(frames, i + 5, end));
            i = end;
        }
    }

    /** The dialogue as text: each frame on its own line, "<< " for the client, ">> " for us, bytes made visible. */
    public static String text(byte[] frames) {
        StringBuilder b = new StringBuilder();
        forEachFrame(frames, (in, bytes) -> b.append(b.isEmpty() ? "" : "\n").append(in ? "<< " : ">> ")
                .append(dev.mirage.util.Visible.of(bytes)));
        return b.toString();
    }
}
