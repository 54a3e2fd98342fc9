package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/**
 * SIZE path (RFC 3659 section 4; wu-ftpd had it before the RFC): the bytes a RETR in the current
 * TYPE would send, so in TYPE A each LF of a decoy file counts twice.
 */
public final class SizeCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        FakeFileSystem.Node n = PlainFile.find(ctx, argument);
        if (n == null) {
            return PlainFile.refusal(ctx, argument);
        }
        long size = n.size();
        if (ctx.state().type == 'A' && n.content() != null) {
            size = RetrCommand.ascii(n.content()).length;
        }
        return ctx.reply(ctx.texts().size(), "size", size);
    }
}
