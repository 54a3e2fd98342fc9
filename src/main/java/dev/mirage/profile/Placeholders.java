package dev.mirage.profile;

import java.util.function.Function;

/**
 * Fills the {name} placeholders of a profile text, the one way every service and the decoy files do
 * it: in one pass over the template, so a value (often the attacker's text) is never scanned again
 * for placeholders. What a value may hold (made safe, escaped) is the caller's lookup to decide.
 */
public final class Placeholders {
    private Placeholders() {
    }

    /** Each {name} the lookup knows (a non-null answer) is replaced; any other stays as written. */
    public static String fill(String template, Function<String, String> values) {
        return fill(template, values, false);
    }

    /**
     * Each {name} replaced; a name the lookup does not know is an error, IllegalArgumentException
     * with "{name}" as its message (a decoy line naming a field its scheme has not).
     */
    public static String fillAll(String template, Function<String, String> values) {
        return fill(template, values, true);
    }

    /** A lookup over name, value, name, value... (values by String.valueOf; null for a name not among them). */
    public static Function<String, String> pairs(Object... pairs) {
        return name -> {
            for (int k = 0; k + 1 < pairs.length; k += 2) {
                if (name.equals(pairs[k])) {
                    return String.valueOf(pairs[k + 1]);
                }
            }
            return null;
        };
    }

    private static String fill(String template, Function<String, String> values, boolean strict) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                String value = values.apply(name);
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
                if (strict) {
                    throw new IllegalArgumentException("{" + name + "}");
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
