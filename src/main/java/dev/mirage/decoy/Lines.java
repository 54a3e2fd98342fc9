package dev.mirage.decoy;

import java.util.Map;

/**
 * Fills the {name} placeholders of a decoy file's line. Unlike a reply template, an unknown name is
 * an error: a line that names a field the scheme has not (say {nt} in a crypt file) is a profile
 * mistake that ./mirage check must name, not a brace to print.
 */
final class Lines {
    private Lines() {
    }

    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("{" + name + "}");
                }
                out.append(value);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether the template names any of these placeholders. */
    static boolean names(String template, String... names) {
        for (String n : names) {
            if (template.contains("{" + n + "}")) {
                return true;
            }
        }
        return false;
    }
}
