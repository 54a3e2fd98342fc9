package dev.mirage.service.finger;

import dev.mirage.personality.Chance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one query of a finger session (RFC 1288 section 2.3), parsed as the Linux fingerd parses it:
 * words split at blanks, the line cut at a NUL as a C string is, "/W" (RFC 742) asking for the long
 * format, a word holding "@" asking for forwarding (RFC 1288 section 3.2.1), "-x" words passed on as
 * options of finger. It also holds the session's dice, drawn when the connection opened.
 */
public final class FingerState {
    private final String query;
    private final Chance dice;
    private final List<String> names = new ArrayList<>();
    private boolean verbose;
    private boolean shortFormat;
    private String forward;

    private FingerState(String query, Chance dice) {
        this.query = query;
        this.dice = dice;
    }

    public static FingerState parse(String line, int maxNames, Chance dice) {
        FingerState s = new FingerState(line, dice);
        int nul = line.indexOf('\0');
        String text = nul >= 0 ? line.substring(0, nul) : line;
        for (String word : text.split("[ \t\r\n]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() >= 2 && word.charAt(0) == '/' && (word.charAt(1) == 'W' || word.charAt(1) == 'w')) {
                s.verbose = true;
                word = word.substring(2);
                if (word.isEmpty()) {
                    continue;
                }
            }
            if (word.indexOf('@') >= 0) {
                s.forward = word;
                return s;
            }
            if (word.startsWith("-")) {
                String flags = word.toLowerCase(Locale.ROOT);
                s.verbose |= flags.indexOf('l') > 0;
                s.shortFormat |= flags.indexOf('s') > 0;
                continue;
            }
            if (s.names.size() < maxNames) {
                s.names.add(word);
            }
        }
        return s;
    }

    public String query() {
        return query;
    }

    /** The dice of this session (strange and failing). */
    public Chance dice() {
        return dice;
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    /** The long format was asked for (/W or -l). */
    public boolean verbose() {
        return verbose;
    }

    /** The short format was asked for (-s). */
    public boolean shortFormat() {
        return shortFormat;
    }

    /** The first word naming another host, or null. */
    public String forward() {
        return forward;
    }
}
