package dev.mirage.service.pop3;

import dev.mirage.personality.Chance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mailbox of a strange server: each session it looks a little different, as a mailbox does whose
 * index was rebuilt or whose delivery hiccuped, yet always valid: a message may be missing or there
 * twice, sizes change by a few trailing blank lines, and the unique ids carry a new UID validity (so a
 * client's "already seen" list no longer matches). Within one session STAT, LIST, UIDL and RETR agree.
 */
final class StrangeMailbox {
    private static final int MISSING_PERCENT = 20;
    private static final int TWICE_PERCENT = 20;
    private static final int MAX_PADDING = 3;

    private StrangeMailbox() {
    }

    static List<Message> of(List<Message> messages, Chance chance) {
        long validity = 0x3c000000L + chance.below(0x1000000);
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            if (chance.percent(MISSING_PERCENT)) {
                continue;
            }
            int copies = chance.percent(TWICE_PERCENT) ? 2 : 1;
            for (int k = 0; k < copies; k++) {
                List<String> body = new ArrayList<>(m.body());
                for (int pad = chance.below(MAX_PADDING + 1); pad > 0; pad--) {
                    body.add("");
                }
                out.add(new Message(m.header(), body, String.format(Locale.ROOT, "%08x%08x", validity, out.size() + 1)));
            }
        }
        return out;
    }
}
