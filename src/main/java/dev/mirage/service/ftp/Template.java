package dev.mirage.service.ftp;

import dev.mirage.net.Echo;
import dev.mirage.profile.Placeholders;

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
        var values = Placeholders.pairs(pairs);
        return Placeholders.fill(template, name -> {
            String value = values.apply(name);
            return value == null ? null : Echo.safe(value, MAX_ECHO);
        });
    }
}
