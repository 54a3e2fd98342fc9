package dev.mirage.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line overrides of common keys, applied to the merged tree before it is bound. */
public final class Overrides {
    private static final com.fasterxml.jackson.databind.ObjectMapper TREE = new com.fasterxml.jackson.databind.ObjectMapper();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Sets a dotted key (e.g. "listen.port-offset") when value is not null. */
    public Overrides set(String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    /** Whether a dotted key was set on the command line. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** --port NAME=PORT: NAME is a service or trap name. */
    public Overrides port(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("--port", assignment, "is not NAME=PORT", "write e.g. --port ftp=2121 or --port sub7=27374");
        }
        String name = assignment.substring(0, eq).trim();
        String port = assignment.substring(eq + 1).trim();
        int n;
        try {
            n = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new ConfigException("--port " + name, port, "is not a port number", "write a number from 1 to 65535");
        }
        values.put("@port." + name, n);
        return this;
    }

    void applyTo(ObjectNode tree) {
        values.forEach((key, value) -> {
            if (key.startsWith("@port.")) {
                String name = key.substring("@port.".length());
                String section = tree.path("services").has(name) ? "services" : tree.path("traps").has(name) ? "traps" : null;
                if (section == null) {
                    throw new ConfigException("--port", name + "=" + value, "names no service or trap",
                            "use one of: " + ConfigLoader.fieldNames(tree.path("services")) + ", "
                                    + ConfigLoader.fieldNames(tree.path("traps")));
                }
                put(tree, section + "." + name + ".port", value);
            } else {
                put(tree, key, value);
            }
        });
    }

    private static void put(ObjectNode tree, String key, Object value) {
        String[] parts = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = node.putObject(parts[i]);
            }
            node = (ObjectNode) child;
        }
        String leaf = parts[parts.length - 1];
        switch (value) {
            case Integer i -> node.put(leaf, i);
            case Long l -> node.put(leaf, l);
            case java.util.List<?> list -> node.set(leaf, TREE.valueToTree(list));
            case java.util.Map<?, ?> map -> node.set(leaf, TREE.valueToTree(map));
            case Boolean b -> node.put(leaf, b);
            default -> node.put(leaf, value.toString());
        }
    }
}
