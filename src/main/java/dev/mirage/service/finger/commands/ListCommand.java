package dev.mirage.service.finger.commands;

import dev.mirage.service.finger.FingerFormat;
import dev.mirage.service.finger.FingerTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An empty query ({C} alone, RFC 1288 section 2.5.2): the users logged in, in the short format, or
 * in the long format with /W; "No one logged on." when there are none. With utmp trouble, finger's
 * complaint about each user's terminal comes first, as its stderr reached the client unbuffered.
 */
public final class ListCommand {
    private final FingerTexts texts;
    private final FingerFormat format;

    public ListCommand(FingerTexts texts, FingerFormat format) {
        this.texts = texts;
        this.format = format;
    }

    /** The list of these users (the session's view of the persona's users). */
    public FingerReply execute(List<FingerTexts.User> users, boolean verbose, boolean ttyErrors, Instant now) {
        List<FingerTexts.User> on = users.stream().filter(FingerTexts.User::loggedIn).toList();
        List<String> lines = new ArrayList<>();
        if (ttyErrors) {
            on.stream().filter(u -> u.tty() != null && !u.tty().isEmpty())
                    .forEach(u -> lines.add(String.format(Locale.US, texts.failingTty(), u.tty())));
        }
        if (on.isEmpty()) {
            lines.add(texts.noOneLoggedOn());
            return new FingerReply(lines, null);
        }
        if (!verbose) {
            lines.addAll(format.shortList(on, now));
            return new FingerReply(lines, null);
        }
        boolean first = true;
        for (FingerTexts.User u : on) {
            if (!first) {
                lines.add("");
            }
            first = false;
            lines.addAll(format.longEntry(u, now));
        }
        return new FingerReply(lines, null);
    }
}
