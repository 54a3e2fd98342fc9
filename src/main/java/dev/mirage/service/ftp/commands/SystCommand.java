package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** SYST (RFC 959 section 4.1.3): the system type the persona claims. */
public final class SystCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        return ctx.reply(ctx.texts().syst());
    }
}
