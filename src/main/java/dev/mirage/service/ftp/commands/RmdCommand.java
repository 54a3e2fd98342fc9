package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** RMD and XRMD (RFC 959 section 4.1.3): nothing can be removed; a missing directory is named as missing. */
public final class RmdCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        if (ctx.fs().find(FakeFileSystem.resolve(ctx.state().cwd, argument)) == null) {
            return ctx.reply(ctx.texts().noSuchFile(), "path", argument);
        }
        return ctx.reply(ctx.texts().rmdDenied(), "path", argument);
    }
}
