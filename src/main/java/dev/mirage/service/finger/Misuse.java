package dev.mirage.service.finger;

import dev.mirage.net.Echo;
import java.util.regex.Pattern;

/**
 * Whether a finger query is abuse in an admin's eyes: asking us to forward to another host (RFC
 * 1288 section 3.2.1 calls that a security risk), asking for every user logged in (the first step
 * of guessing accounts), or a query built to attack fingerd (a line long enough to overflow its
 * buffer, or shell commands for a fingerd that passes the name to a shell). The aggressive
 * personality answers these with the detected text; the kinds are those of docs/EVENTS.md.
 */
final class Misuse {
    /** A misuse: its kind and what was sent. */
    record Found(String kind, String detail) {
    }

    private static final int DETAIL_MAX = 512;
    private static final Pattern SHELL = Pattern.compile("[|;`]|\\$\\(|&&");

    private Misuse() {
    }

    /** The misuse of a query, or null for an ordinary one. */
    static Found of(FingerState query, FingerVerb verb) {
        String detail = Echo.safe(query.query(), DETAIL_MAX);
        if (query.query().length() >= FingerPolicy.OVERFLOW || SHELL.matcher(query.query()).find()) {
            return new Found("exploit", detail);
        }
        if (verb == FingerVerb.FORWARD) {
            return new Found("forwarding", Echo.safe(query.forward(), DETAIL_MAX));
        }
        if (verb == FingerVerb.LIST) {
            return new Found("user-listing", detail);
        }
        return null;
    }
}
