package dev.mirage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/EVENTS.md and the sealed Event types must agree: the same actions, and for each the same JSON fields. */
class EventCatalogueTest {
    private static final Pattern SECTION = Pattern.compile("^## (.+)$", Pattern.MULTILINE);
    private static final Pattern FIELD = Pattern.compile("^\\| `([^`]+)` \\|", Pattern.MULTILINE);
    private static final Origin ORIGIN = new Origin("01abcdefghjkmnpqrstv", "S", "ftp", false, "192.0.2.7", 40000,
            "198.51.100.1", 21, Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void codeAndCatalogueAgree() throws Exception {
        Map<String, Set<String>> documented = documented();
        Set<String> common = documented.remove("Fields of every event");
        Set<String> session = documented.remove("Fields of every session event");
        Map<String, Set<String>> coded = new LinkedHashMap<>();
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            Event e = sample(type);
            Set<String> fields = new TreeSet<>();
            EcsJson.fields(e).forEach((k, v) -> {
                if (v != null) {
                    fields.add(k);
                }
            });
            fields.removeAll(common);
            if (e.origin() != null) {
                fields.removeAll(session);
            }
            coded.put("`" + e.action() + "`", fields);
        }
        assertThat(documented.keySet()).as("actions in docs/EVENTS.md vs Event types")
                .containsExactlyInAnyOrderElementsOf(coded.keySet());
        coded.forEach((action, fields) -> assertThat(documented.get(action))
                .as("fields of " + action + " in docs/EVENTS.md").isEqualTo(fields));
    }

    private static Map<String, Set<String>> documented() throws Exception {
        String doc = Files.readString(Path.of("docs/EVENTS.md"));
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(doc);
        List<int[]> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1).trim());
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : doc.length();
            String body = doc.substring(starts.get(i)[1], end);
            Set<String> fields = new TreeSet<>();
            Matcher f = FIELD.matcher(body);
            while (f.find()) {
                fields.add(f.group(1));
            }
            out.put(names.get(i), fields);
        }
        return out;
    }

    /** An instance with every component set, so that every optional field shows. */
    private static Event sample(Class<?> type) throws Exception {
        RecordComponent[] parts = type.getRecordComponents();
        Object[] args = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            args[i] = value(parts[i].getType(), parts[i].getGenericType());
        }
        return (Event) type.getDeclaredConstructor(types).newInstance(args);
    }

    private static Object value(Class<?> t, Type generic) {
        if (t == String.class) {
            return "x";
        }
        if (t == int.class || t == long.class) {
            return t == int.class ? (Object) 1 : (Object) 1L;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == Instant.class) {
            return Instant.parse("2026-01-01T00:00:01Z");
        }
        if (t == Origin.class) {
            return ORIGIN;
        }
        if (t == byte[].class) {
            return new byte[] {1};
        }
        if (t == List.class) {
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (item == HttpRequest.Header.class) {
                return List.of(new HttpRequest.Header("User-Agent", "x"));
            }
            return List.of("x");
        }
        throw new IllegalStateException("no sample value for " + t);
    }
}
