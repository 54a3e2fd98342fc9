package dev.mirage.service.ftp;

/**
 * The failing server's end: after the number of commands its dice gave it, it answers the next one
 * with its 421 (RFC 959 section 4.2: "the service knows it must shut down") or, as a crashed child
 * would, with nothing at all, and the connection closes.
 */
final class Breakdown {
    private Breakdown() {
    }

    /** Counts one command against the session's life; true when there is none left. */
    static boolean due(FtpState st) {
        if (st.lifeLeft < 0) {
            return false;
        }
        if (st.lifeLeft == 0) {
            return true;
        }
        st.lifeLeft--;
        return false;
    }

    /** Ends the session; the last words, or null when the line just drops. */
    static Reply reply(FtpContext ctx) {
        ctx.state().end("fault");
        return ctx.chance(50) ? ctx.reply(ctx.texts().failingClose(), "host", ctx.host()) : null;
    }
}
