package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.Reply;
import dev.mirage.service.shell.Account;

/**
 * PASS (RFC 959 section 4.1.1). The guest gets in with any password (its e-mail address, by
 * custom) where the personality offers it, and so does a system account (a weak one, or a password
 * cracked from a decoy file) where the personality lets users in; every other pair fails. Where the
 * personality watches for it, a guest login is answered as misbehaviour instead. Each pair is noted
 * for the dispatcher.
 */
public final class PassCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        FtpState st = ctx.state();
        if (st.loggedIn || st.user == null) {
            return ctx.reply(ctx.texts().passWithoutUser());
        }
        String password = argument == null ? "" : argument;
        Account account = !st.anonymous && ctx.policy().users() ? ctx.accounts().open(st.user, password) : null;
        boolean ok = st.anonymous || account != null;
        ctx.credential(st.user, password, ok);
        if (!ok && UserCommand.isGuest(st.user) && ctx.policy().watch().guestLogin()) {
            String user = st.user;
            st.user = null;
            return ctx.detected("anonymous-login", user);
        }
        if (!ok) {
            String user = st.user;
            st.user = null;
            return ctx.reply(ctx.texts().loginIncorrect(), "user", user);   // IIS names the user
        }
        st.loggedIn = true;
        st.cwd = "/";
        return st.anonymous ? ctx.reply(ctx.texts().guestLoggedIn())
                : ctx.reply(ctx.texts().userLoggedIn(), "user", account.user());
    }
}
