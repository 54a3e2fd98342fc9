package dev.mirage.net;

/**
 * Attacker text that a reply repeats (a user name in "331 Password required for X") is cut to a
 * sane length and stripped of control characters, so it cannot add lines to our side of the dialogue.
 */
public final class Echo {
    private Echo() {
    }

    public static String safe(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) && c != '\u2028' && c != '\u2029') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
