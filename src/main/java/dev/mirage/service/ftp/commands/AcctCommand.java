package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** ACCT (RFC 959 section 4.1.1): wu-ftpd lists it as unimplemented and says so. */
public final class AcctCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        return ctx.reply(ctx.texts().notImplemented(), "verb", "ACCT");
    }
}
