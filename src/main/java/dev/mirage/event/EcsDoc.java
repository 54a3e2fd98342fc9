package dev.mirage.event;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An ECS document as flat dotted keys in insertion order, written as nested JSON objects in pure
 * ASCII. Reusable and allocation-light, because the recorder serialises every event on its hot
 * path: keys are split once and cached, segments compare by identity, output goes to a byte buffer.
 */
public final class EcsDoc {
    private static final int MAX = 64;
    private static final Map<String, Key> KEYS = new ConcurrentHashMap<>();
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** A dotted key split into interned segments, each pre-encoded as "name": bytes. */
    private static final class Key {
        final String[] segments;
        final byte[][] encoded;

        Key(String dotted) {
            segments = dotted.startsWith("@") ? new String[] {dotted} : dotted.split("\\.");
            encoded = new byte[segments.length][];
            for (int i = 0; i < segments.length; i++) {
                segments[i] = segments[i].intern();
                encoded[i] = ("\"" + segments[i] + "\":").getBytes(StandardCharsets.US_ASCII);
            }
        }
    }

    private final Key[] keys = new Key[MAX];
    private final Object[] values = new Object[MAX];
    private final boolean[] hasItem = new boolean[MAX + 1];
    private int n;

    /** Adds a field; null values are left out. */
    public EcsDoc put(String key, Object value) {
        if (value != null) {
            Key k = KEYS.get(key);
            keys[n] = k != null ? k : KEYS.computeIfAbsent(key, Key::new);
            values[n] = value;
            n++;
        }
        return this;
    }

    public void clear() {
        Arrays.fill(values, 0, n, null);
        n = 0;
    }

    /** The fields as a flat ordered map (for tests and documentation checks). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(String.join(".", keys[i].segments), values[i]);
        }
        return m;
    }

    /**
     * Writes one JSON object, grouping keys that share a dotted prefix into nested objects, in the
     * order each group first appears. The grouping of a sequence of keys is worked out once and cached:
     * the recorder sees the same few shapes over and over.
     */
    public void writeTo(Out out) {
        int[] order = plan().order;
        out.write('{');
        Key prev = null;
        int open = 0;
        hasItem[0] = false;
        for (int idx : order) {
            Key k = keys[idx];
            int common = prev == null ? 0 : commonDepth(prev, k);
            for (; open > common; open--) {
                out.write('}');
            }
            for (int d = open; d < k.segments.length - 1; d++) {
                if (hasItem[d]) {
                    out.write(',');
                }
                hasItem[d] = true;
                out.write(k.encoded[d]);
                out.write('{');
                hasItem[d + 1] = false;
                open = d + 1;
            }
            int leaf = k.segments.length - 1;
            if (hasItem[leaf]) {
                out.write(',');
            }
            hasItem[leaf] = true;
            out.write(k.encoded[leaf]);
            writeValue(out, values[idx]);
            prev = k;
        }
        for (; open > 0; open--) {
            out.write('}');
        }
        out.write('}');
    }

    /** How many leading object segments (not the leaf) two keys share. */
    private static int commonDepth(Key a, Key b) {
        int max = Math.min(a.segments.length, b.segments.length) - 1;
        int d = 0;
        while (d < max && a.segments[d] == b.segments[d]) {
            d++;
        }
        return d;
    }

    private record Plan(Key[] keys, int[] order) {
        boolean fits(Key[] k, int n) {
            if (keys.length != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (keys[i] != k[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Map<Long, Plan> PLANS = new ConcurrentHashMap<>();

    private Plan plan() {
        long h = n;
        for (int i = 0; i < n; i++) {
            h = h * 31 + System.identityHashCode(keys[i]);
        }
        Plan p = PLANS.get(h);
        if (p != null && p.fits(keys, n)) {
            return p;
        }
        p = new Plan(Arrays.copyOf(keys, n), group());
        if (PLANS.size() > 4096) {
            PLANS.clear();
        }
        PLANS.put(h, p);
        return p;
    }

    /**
     * A stable order in which keys with a common prefix stand together: each key goes right after the
     * last placed key it shares the most leading segments with (or at the end when it shares none).
     */
    private int[] group() {
        int[] order = new int[n];
        int placed = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            int at = placed;
            for (int j = 0; j < placed; j++) {
                int d = commonDepth(keys[order[j]], keys[i]);
                if (d > 0 && d >= best) {
                    best = d;
                    at = j + 1;
                }
            }
            System.arraycopy(order, at, order, at + 1, placed - at);
            order[at] = i;
            placed++;
        }
        return order;
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(Out out, Object v) {
        switch (v) {
            case String s -> string(out, s);
            case Integer i -> out.number(i);
            case Long l -> out.number(l);
            case Boolean b -> out.ascii(b ? "true" : "false");
            case Map<?, ?> m -> {
                out.write('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                    if (e.getValue() != null) {
                        if (!first) {
                            out.write(',');
                        }
                        first = false;
                        string(out, e.getKey());
                        out.write(':');
                        writeValue(out, e.getValue());
                    }
                }
                out.write('}');
            }
            case List<?> list -> {
                out.write('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    writeValue(out, list.get(i));
                }
                out.write(']');
            }
            default -> string(out, String.valueOf(v));
        }
    }

    /** A JSON string in ASCII: quotes, backslashes, control and non-ASCII characters escaped. */
    static void string(Out out, String s) {
        int len = s.length();
        out.ensure(len + 2);
        byte[] buf = out.buf;
        int pos = out.len;
        buf[pos++] = '"';
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                buf[pos++] = (byte) c;
                continue;
            }
            out.len = pos;
            out.ensure(len - i + 6);
            buf = out.buf;
            buf[pos++] = '\\';
            switch (c) {
                case '"', '\\' -> buf[pos++] = (byte) c;
                case '\n' -> buf[pos++] = 'n';
                case '\r' -> buf[pos++] = 'r';
                case '\t' -> buf[pos++] = 't';
                default -> {
                    buf[pos++] = 'u';
                    buf[pos++] = HEX[(c >> 12) & 0xf];
                    buf[pos++] = HEX[(c >> 8) & 0xf];
                    buf[pos++] = HEX[(c >> 4) & 0xf];
                    buf[pos++] = HEX[c & 0xf];
                }
            }
        }
        buf[pos++] = '"';
        out.len = pos;
    }

    /** A growable byte buffer read without a copy. */
    public static final class Out {
        private byte[] buf = new byte[1024];
        private int len;

        void write(int b) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[len++] = (byte) b;
        }

        /** Room for at least n more bytes. */
        void ensure(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }

        void write(byte[] b) {
            if (len + b.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + b.length));
            }
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        /** A decimal number, written without making a String. */
        void number(long v) {
            if (v < 0) {
                if (v == Long.MIN_VALUE) {
                    ascii(Long.toString(v));
                    return;
                }
                write('-');
                v = -v;
            }
            ensure(20);
            int digits = 1;
            for (long t = v; t >= 10; t /= 10) {
                digits++;
            }
            for (int i = len + digits - 1; i >= len; i--) {
                buf[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            len += digits;
        }

        void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                write(s.charAt(i));
            }
        }

        public void reset() {
            len = 0;
        }

        public byte[] bytes() {
            return buf;
        }

        public int length() {
            return len;
        }

        public String toAscii() {
            return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
        }
    }
}
