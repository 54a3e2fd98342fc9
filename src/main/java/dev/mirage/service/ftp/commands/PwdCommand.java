package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** PWD and XPWD (RFC 959 section 4.1.3, RFC 775). */
public final class PwdCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        return ctx.reply(ctx.texts().pwd(), "path", ctx.state().cwd);
    }
}
