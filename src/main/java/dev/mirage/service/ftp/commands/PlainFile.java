package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** SIZE and MDTM answer only for a plain file; this finds it, or says why not as wu-ftpd does. */
final class PlainFile {
    private PlainFile() {
    }

    static FakeFileSystem.Node find(FtpContext ctx, String argument) {
        if (argument == null || argument.isEmpty()) {
            return null;
        }
        FakeFileSystem.Node n = ctx.fs().find(FakeFileSystem.resolve(ctx.state().cwd, argument));
        return n == null || n.directory() ? null : n;
    }

    static Reply refusal(FtpContext ctx, String argument) {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        FakeFileSystem.Node n = ctx.fs().find(FakeFileSystem.resolve(ctx.state().cwd, argument));
        return n == null ? ctx.reply(ctx.texts().noSuchFile(), "path", argument)
                : ctx.reply(ctx.texts().notPlainFile(), "path", argument);
    }
}
