package dev.mirage.service.finger.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.finger.FingerFormat;
import dev.mirage.service.finger.FingerTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A query naming users ({U}{C}, RFC 1288 section 2.5.3): each name matches a login exactly or a word
 * of a user's real name, case-insensitively, as finger does without -m. Unknown names are reported
 * first, as finger reports them while it looks them up; then each match in the long format (or the
 * short format with -s), entries separated by a blank line. With a sick disk, finger's complaints
 * come in the order it met them: each found user's mail spool while looking up, then the terminal
 * of each logged-in one while reading utmp.
 */
public final class UserCommand {
    private final FingerTexts texts;
    private final FingerFormat format;
    private final int maxEcho;

    public UserCommand(FingerTexts texts, FingerFormat format, int maxEcho) {
        this.texts = texts;
        this.format = format;
        this.maxEcho = maxEcho;
    }

    /** The entries of these names among these users (the session's view of the persona's users). */
    public FingerReply execute(List<FingerTexts.User> users, List<String> names, boolean shortFormat, boolean ioErrors,
                               Instant now) {
        List<String> lines = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<FingerTexts.User> found = new LinkedHashSet<>();
        for (String name : names) {
            List<FingerTexts.User> m = users.stream().filter(u -> matches(u, name)).toList();
            if (m.isEmpty()) {
                unknown.add(String.format(Locale.US, texts.noSuchUser(), Echo.safe(name, maxEcho)));
            }
            for (FingerTexts.User u : m) {
                if (found.add(u) && ioErrors) {
                    lines.add(String.format(Locale.US, texts.failingMail(), u.login()));
                }
            }
        }
        lines.addAll(unknown);
        if (ioErrors) {
            found.stream().filter(u -> u.loggedIn() && u.tty() != null && !u.tty().isEmpty())
                    .forEach(u -> lines.add(String.format(Locale.US, texts.failingTty(), u.tty())));
        }
        if (shortFormat && !found.isEmpty()) {
            lines.addAll(format.shortList(List.copyOf(found), now));
            return new FingerReply(lines, null);
        }
        boolean first = true;
        for (FingerTexts.User u : found) {
            if (!first) {
                lines.add("");
            }
            first = false;
            lines.addAll(format.longEntry(u, now));
        }
        return new FingerReply(lines, null);
    }

    private static boolean matches(FingerTexts.User u, String name) {
        if (u.login().equals(name)) {
            return true;
        }
        if (u.name() == null) {
            return false;
        }
        for (String word : u.name().split("[ ,]+")) {
            if (!word.isEmpty() && word.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
