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
 * short format with -s), entries separated by a blank line.
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

    public FingerReply execute(List<String> names, boolean shortFormat, Instant now) {
        List<String> lines = new ArrayList<>();
        Set<FingerTexts.User> found = new LinkedHashSet<>();
        for (String name : names) {
            List<FingerTexts.User> m = texts.users().stream().filter(u -> matches(u, name)).toList();
            if (m.isEmpty()) {
                lines.add(String.format(Locale.US, texts.noSuchUser(), Echo.safe(name, maxEcho)));
            }
            found.addAll(m);
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
