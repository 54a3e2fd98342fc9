package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** CWD and XCWD (RFC 959 section 4.1.1); without an argument wu-ftpd goes home ("/" for the guest). */
public final class CwdCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        String target = argument == null || argument.isEmpty() ? "/" : argument;
        return change(ctx, target, target);
    }

    static Reply change(FtpContext ctx, String target, String shown) {
        String path = FakeFileSystem.resolve(ctx.state().cwd, target);
        FakeFileSystem.Node n = ctx.fs().find(path);
        if (n == null) {
            return ctx.reply(ctx.texts().noSuchFile(), "path", shown);
        }
        if (!n.directory()) {
            return ctx.reply(ctx.texts().notADirectory(), "path", shown);
        }
        ctx.state().cwd = path;
        return ctx.reply(ctx.texts().cwd());
    }
}
