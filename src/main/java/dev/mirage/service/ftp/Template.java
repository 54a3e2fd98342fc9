package dev.mirage.service.ftp;

import dev.mirage.net.Echo;

/**
 * Fills {name} placeholders of a profile text. Every value is passed through {@link Echo#safe} so
 * that nothing a client sent can add a line or a control character to our side of the dialogue.
 */
public final class Template {
    /** Longest echoed value; wu-ftpd cut paths at MAXPATHLEN, we cut shorter. */
    public static final int MAX_ECHO = 256;

    private Template() {
    }

    /**
     * Replaces each {key} by its value in one pass over the template, so a value that itself holds
     * "{...}" is never expanded again; pairs are key, value, key, value...
     */
    public static String fill(String template, Object... pairs) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String key = template.substring(i + 1, close);
                String value = lookup(key, pairs);
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String lookup(String key, Object[] pairs) {
        for (int k = 0; k + 1 < pairs.length; k += 2) {
            if (key.equals(pairs[k])) {
                return Echo.safe(String.valueOf(pairs[k + 1]), MAX_ECHO);
            }
        }
        return null;
    }
}
