package dev.mirage.service.finger.commands;

import dev.mirage.service.finger.FingerFormat;
import dev.mirage.service.finger.FingerTexts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An empty query ({C} alone, RFC 1288 section 2.5.2): the users logged in, in the short format, or
 * in the long format with /W; "No one logged on." when there are none.
 */
public final class ListCommand {
    private final FingerTexts texts;
    private final FingerFormat format;

    public ListCommand(FingerTexts texts, FingerFormat format) {
        this.texts = texts;
        this.format = format;
    }

    public FingerReply execute(boolean verbose, Instant now) {
        List<FingerTexts.User> on = texts.users().stream().filter(FingerTexts.User::loggedIn).toList();
        if (on.isEmpty()) {
            return new FingerReply(List.of(texts.noOneLoggedOn()), null);
        }
        if (!verbose) {
            return new FingerReply(format.shortList(on, now), null);
        }
        List<String> lines = new ArrayList<>();
        for (FingerTexts.User u : on) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(format.longEntry(u, now));
        }
        return new FingerReply(lines, null);
    }
}
