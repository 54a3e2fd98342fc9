package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** MKD and XMKD (RFC 959 section 4.1.3): the file system is read-only, so wu-ftpd's upload-dirs refusal. */
public final class MkdCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        return ctx.reply(ctx.texts().mkdDenied(), "path", argument);
    }
}
