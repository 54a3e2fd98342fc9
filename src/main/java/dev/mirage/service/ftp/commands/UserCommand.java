package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.Reply;

/**
 * USER (RFC 959 section 4.1.1). "anonymous" and "ftp" are the guest account when the personality
 * allows it; any other name is asked for its password like wu-ftpd does, without telling whether
 * it exists, so that every password is captured.
 */
public final class UserCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        FtpState st = ctx.state();
        if (st.loggedIn) {
            return ctx.reply(ctx.texts().alreadyLoggedIn());
        }
        st.user = argument;
        st.anonymous = isGuest(argument) && ctx.policy().anonymous();
        return st.anonymous ? ctx.reply(ctx.texts().userGuest())
                : ctx.reply(ctx.texts().userPassword(), "user", argument);
    }

    static boolean isGuest(String user) {
        return user.equalsIgnoreCase("anonymous") || user.equalsIgnoreCase("ftp");
    }
}
