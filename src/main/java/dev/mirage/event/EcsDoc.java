package dev.mirage.event;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ECS document as flat dotted keys in insertion order, written as nested JSON objects. Reusable
 * and map-free, because the recorder serialises every event on its hot path.
 */
public final class EcsDoc {
    private static final int MAX = 64;
    private final String[] keys = new String[MAX];
    private final Object[] values = new Object[MAX];
    private final boolean[] done = new boolean[MAX];
    private int n;

    /** Adds a field; null values are left out. */
    public EcsDoc put(String key, Object value) {
        if (value != null) {
            keys[n] = key;
            values[n] = value;
            n++;
        }
        return this;
    }

    public void clear() {
        java.util.Arrays.fill(keys, 0, n, null);
        java.util.Arrays.fill(values, 0, n, null);
        n = 0;
    }

    /** The fields as a flat ordered map (for tests and documentation checks). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(keys[i], values[i]);
        }
        return m;
    }

    /** Writes one JSON object, grouping keys that share a dotted prefix into nested objects. */
    public void writeTo(JsonGenerator g) throws IOException {
        java.util.Arrays.fill(done, 0, n, false);
        g.writeStartObject();
        writeLevel(g, "", 0, 0);
        g.writeEndObject();
    }

    /** Writes every pending field from index `from` whose key starts with the first prefixLen chars of owner. */
    private void writeLevel(JsonGenerator g, String owner, int prefixLen, int from) throws IOException {
        for (int j = from; j < n; j++) {
            if (done[j] || !keys[j].regionMatches(0, owner, 0, prefixLen)) {
                continue;
            }
            String key = keys[j];
            int dot = key.indexOf('.', prefixLen);
            if (dot < 0) {
                g.writeFieldName(key.substring(prefixLen));
                writeValue(g, values[j]);
                done[j] = true;
            } else {
                g.writeFieldName(key.substring(prefixLen, dot));
                g.writeStartObject();
                writeLevel(g, key, dot + 1, j);
                g.writeEndObject();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case String s -> g.writeString(s);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Boolean b -> g.writeBoolean(b);
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                    if (e.getValue() != null) {
                        g.writeFieldName(e.getKey());
                        writeValue(g, e.getValue());
                    }
                }
                g.writeEndObject();
            }
            case List<?> list -> {
                g.writeStartArray();
                for (Object item : list) {
                    writeValue(g, item);
                }
                g.writeEndArray();
            }
            default -> g.writeString(String.valueOf(v));
        }
    }
}
