package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.Reply;

/**
 * PASS (RFC 959 section 4.1.1). The guest gets in with any password (its e-mail address, by
 * custom); every other pair fails. Each pair is noted for the dispatcher to record.
 */
public final class PassCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        FtpState st = ctx.state();
        if (st.loggedIn || st.user == null) {
            return ctx.reply(ctx.texts().passWithoutUser());
        }
        String password = argument == null ? "" : argument;
        boolean ok = st.anonymous;
        ctx.credential(st.user, password, ok);
        if (!ok) {
            String user = st.user;
            st.user = null;
            return ctx.reply(ctx.texts().loginIncorrect(), "user", user);   // IIS names the user
        }
        st.loggedIn = true;
        st.cwd = "/";
        return ctx.reply(ctx.texts().guestLoggedIn());
    }
}
