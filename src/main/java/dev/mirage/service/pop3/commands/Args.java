package dev.mirage.service.pop3.commands;

/** Argument parsing as ipop3d's strtoul did it: leading blanks skipped, digits read, anything else stops. */
final class Args {
    /** A number too large for any mailbox. */
    static final long HUGE = Long.MAX_VALUE;

    private Args() {
    }

    static boolean present(String arg) {
        return arg != null && !arg.isEmpty();
    }

    /** The leading number of {@code s}, 0 when there is none; HUGE when it overflows. */
    static long number(String s) {
        return number(s, 0);
    }

    static long number(String s, int from) {
        if (s == null) {
            return 0;
        }
        int i = skipBlanks(s, from);
        long n = 0;
        for (; i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128; i++) {
            if (n > (HUGE - 9) / 10) {
                return HUGE;
            }
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Where the leading number of {@code s} ends (after blanks and digits). */
    static int afterNumber(String s) {
        int i = skipBlanks(s, 0);
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
