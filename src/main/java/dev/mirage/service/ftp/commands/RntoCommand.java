package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** RNTO path (RFC 959 section 4.1.3): only right after RNFR, and always refused: nothing is renamed. */
public final class RntoCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        String from = ctx.state().renameFrom;
        ctx.state().renameFrom = null;
        if (from == null) {
            return ctx.reply(ctx.texts().badSequence());
        }
        return ctx.reply(ctx.texts().rntoDenied(), "path", from);
    }
}
