package dev.mirage.service.smtp;

/**
 * The argument of MAIL and RCPT ("FROM:&lt;a@b&gt; SIZE=10", RFC 5321 section 4.1.2), parsed
 * leniently as Sendmail does (spaces around the colon, brackets optional) and defensively: any input
 * gives one of the three results, never an exception.
 */
public sealed interface MailPath {

    /** An address: {@code written} as the client typed it (echoed in replies), {@code mailbox} inside it. */
    record Address(String written, String mailbox) implements MailPath {
    }

    /** Not "KEYWORD: address". */
    record Syntax() implements MailPath {
    }

    /** A '<' without its '>'. */
    record Unbalanced(String written) implements MailPath {
    }

    static MailPath parse(String argument, String keyword) {
        String a = argument.strip();
        if (!a.regionMatches(true, 0, keyword, 0, keyword.length())) {
            return new Syntax();
        }
        a = a.substring(keyword.length()).stripLeading();
        if (!a.startsWith(":")) {
            return new Syntax();
        }
        a = a.substring(1).strip();
        if (a.isEmpty()) {
            return new Syntax();
        }
        String written;
        String inner;
        if (a.startsWith("<")) {
            int close = a.indexOf('>');
            if (close < 0) {
                return new Unbalanced(a);
            }
            written = a.substring(0, close + 1);
            inner = a.substring(1, close).strip();
        } else {
            int space = firstSpace(a);
            written = space < 0 ? a : a.substring(0, space);
            inner = written;
        }
        if (inner.startsWith("@")) {
            // A source route (@relay,@relay:user@domain): only the final mailbox counts.
            int colon = inner.indexOf(':');
            inner = colon < 0 ? "" : inner.substring(colon + 1);
        }
        return new Address(written, inner);
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
