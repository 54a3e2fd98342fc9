package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/**
 * RNFR path (RFC 959 section 4.1.3): an existing name is accepted as wu-ftpd accepts it; the
 * refusal comes at RNTO. The dispatcher forgets it after any other command.
 */
public final class RnfrCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        if (ctx.fs().find(FakeFileSystem.resolve(ctx.state().cwd, argument)) == null) {
            return ctx.reply(ctx.texts().noSuchFile(), "path", argument);
        }
        ctx.state().renameFrom = argument;
        return ctx.reply(ctx.texts().rnfrOk());
    }
}
