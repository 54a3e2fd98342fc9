package dev.mirage.service.ftp;

import java.util.ArrayList;
import java.util.List;

/**
 * The strange server's touches on any reply, each drawn from the session's dice: a site note as a
 * continuation line (RFC 959 section 4.2 allows any reply to be multi-line; wu-ftpd and vsftpd show
 * their message files so on 230 and 250), and a small pause, bounded by the policy.
 */
final class Quirks {
    private Quirks() {
    }

    /** The reply, perhaps with a note in front: only one-line 200, 230 and 250 replies, which clients read by code. */
    static Reply dress(FtpContext ctx, Reply reply) {
        List<String> notes = ctx.texts().strangeNotes();
        int code = reply.code();
        if (reply.lines().size() != 1 || notes.isEmpty() || (code != 200 && code != 230 && code != 250) || !ctx.odd()) {
            return reply;
        }
        String note = Template.fill(ctx.state().chance.pick(notes), "host", ctx.host());
        List<String> lines = new ArrayList<>();
        lines.add(code + "-" + note);
        lines.addAll(reply.lines());
        return new Reply(lines);
    }

    /** Sleeps a few hundred milliseconds at most, now and then. */
    static void pause(FtpContext ctx) {
        int max = ctx.policy().oddities().maxDelayMillis();
        if (max <= 0 || !ctx.odd()) {
            return;
        }
        dev.mirage.personality.Pause.of(ctx.state().chance.between(Math.min(10, max), max));
    }
}
