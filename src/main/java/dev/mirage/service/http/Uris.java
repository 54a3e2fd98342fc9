package dev.mirage.service.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The request-target as the server reduces it to a path (RFC 9112 section 3.2, RFC 3986 section
 * 5.2.4): the path of an absolute-form target, the query split off, percent-decoding, and dot
 * segments removed so that no path can climb above the site's root.
 */
final class Uris {
    private Uris() {
    }

    /** The target split into its raw path and query (null when there is none). */
    record Target(String path, String query) {
    }

    /** What percent-decoding made of a path; {@code status} 400 for a bad escape, 404 for an encoded '/' or NUL. */
    record Decoded(String path, int status) {
    }

    static Target split(String target, boolean connect) {
        String t = target;
        if (connect) {
            return new Target("/", null);
        }
        int scheme = t.indexOf("://");
        if (scheme > 0 && t.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            // absolute-form: the server answers for its own path, whatever host is named.
            int slash = t.indexOf('/', scheme + 3);
            int q = t.indexOf('?', scheme + 3);
            if (slash < 0 || (q >= 0 && q < slash)) {
                t = "/" + (q >= 0 ? t.substring(q) : "");
            } else {
                t = t.substring(slash);
            }
        }
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        int q = t.indexOf('?');
        if (q >= 0) {
            return new Target(t.substring(0, q), t.substring(q + 1));
        }
        return new Target(t, null);
    }

    /** Percent-decodes a path byte for byte (the result's chars are ISO-8859-1 bytes). */
    static Decoded decode(String path) {
        if (path.indexOf('%') < 0) {
            return new Decoded(path, 0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(path.length());
        int status = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                out.write(c);
                continue;
            }
            int hi = i + 1 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
            int lo = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
            if (hi < 0 || lo < 0) {
                status = 400;
                out.write(c);
                continue;
            }
            int b = hi * 16 + lo;
            if (b == '/' || b == 0) {
                status = status == 0 ? 404 : status;
            }
            out.write(b);
            i += 2;
        }
        return new Decoded(out.toString(StandardCharsets.ISO_8859_1), status);
    }

    /** Removes "." and ".." segments (RFC 3986 section 5.2.4); ".." at the root stays at the root. */
    static String removeDots(String path) {
        if (!path.startsWith("/")) {
            return path;
        }
        String[] parts = path.split("/", -1);
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            if (p.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (p.equals("..")) {
                out.pollLast();
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(p);
            }
        }
        return "/" + String.join("/", out);
    }
}
