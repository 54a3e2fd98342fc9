package dev.mirage.service.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads an "Authorization: Basic" credential (RFC 7617 section 2) defensively: any base64 garbage,
 * a missing colon or an oversized value still gives a recordable (user, password) pair, never an error.
 */
final class BasicAuth {
    /** Longest user name or password kept in a record. */
    static final int MAX = 256;

    private BasicAuth() {
    }

    /** A credential as tried; {@code decoded} false when the token was not valid base64 (then password holds it raw). */
    record Credential(String user, String password, boolean decoded) {
    }

    /** The credential of an Authorization header value, or null when the scheme is not Basic. */
    static Credential parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        int sp = v.indexOf(' ');
        String scheme = sp < 0 ? v : v.substring(0, sp);
        if (!scheme.equalsIgnoreCase("Basic")) {
            return null;
        }
        String token = sp < 0 ? "" : v.substring(sp + 1).strip();
        byte[] raw;
        try {
            raw = Base64.getMimeDecoder().decode(token.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IllegalArgumentException e) {
            return new Credential(null, cap(token), false);
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Credential(cap(text), "", true);
        }
        return new Credential(cap(text.substring(0, colon)), cap(text.substring(colon + 1)), true);
    }

    private static String cap(String s) {
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
