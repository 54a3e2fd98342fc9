package dev.mirage.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code ${ENV_NAME}} in the alerts section with the variable's value, so secrets need not sit in the file. */
final class Secrets {
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private Secrets() {
    }

    static void resolve(ObjectNode tree, UnaryOperator<String> env) {
        JsonNode alerts = tree.get("alerts");
        if (alerts != null && alerts.isContainerNode()) {
            walk(alerts, "alerts", env);
        }
    }

    private static void walk(JsonNode node, String key, UnaryOperator<String> env) {
        if (node instanceof ObjectNode o) {
            o.properties().forEach(e -> {
                String k = key + "." + e.getKey();
                if (e.getValue().isTextual()) {
                    o.put(e.getKey(), substitute(k, e.getValue().asText(), env));
                } else {
                    walk(e.getValue(), k, env);
                }
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String k = key + "[" + i + "]";
                if (a.get(i).isTextual()) {
                    a.set(i, a.textNode(substitute(k, a.get(i).asText(), env)));
                } else {
                    walk(a.get(i), k, env);
                }
            }
        }
    }

    private static String substitute(String key, String text, UnaryOperator<String> env) {
        Matcher m = VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.apply(m.group(1));
            if (value == null) {
                throw new ConfigException(key, text, "names the environment variable " + m.group(1) + ", which is not set",
                        "export " + m.group(1) + " before starting, or write the value itself");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
