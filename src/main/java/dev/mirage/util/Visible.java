package dev.mirage.util;

import java.nio.charset.StandardCharsets;

/**
 * Makes attacker bytes safe to print: printable characters stay, everything else becomes a visible
 * escape (backslash-x1b, backslash-x00, backslash-r, backslash-u{202e}), so no byte can drive a
 * terminal, fake a line, or reorder text. Invalid UTF-8 shows byte by byte as backslash-xNN.
 */
public final class Visible {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Visible() {
    }

    public static String of(String s) {
        return s == null ? null : of(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String of(byte[] b) {
        return of(b, 0, b.length);
    }

    public static String of(byte[] b, int off, int len) {
        StringBuilder out = new StringBuilder(len + 16);
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                ascii(out, c);
                i++;
                continue;
            }
            int n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
            int cp = decode(b, i, end, n);
            if (cp < 0) {
                hexByte(out, c);
                i++;
            } else {
                if (printable(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                }
                i += n;
            }
        }
        return out.toString();
    }

    private static void ascii(StringBuilder out, int c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\\' -> out.append("\\\\");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    hexByte(out, c);
                } else {
                    out.append((char) c);
                }
            }
        }
    }

    private static void hexByte(StringBuilder out, int c) {
        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
    }

    /** Strict UTF-8: no overlongs, no surrogates, nothing past U+10FFFF. Returns -1 when invalid. */
    private static int decode(byte[] b, int i, int end, int n) {
        if (n == 0 || i + n > end) {
            return -1;
        }
        int cp = b[i] & (0xff >> (n + 1));
        for (int k = 1; k < n; k++) {
            int cont = b[i + k] & 0xff;
            if ((cont & 0xc0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (cont & 0x3f);
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return -1;
        }
        return cp;
    }

    private static boolean printable(int cp) {
        int type = Character.getType(cp);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || cp == 0xfeff);
    }
}
