package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.time.format.DateTimeFormatter;

/** MDTM path (RFC 3659 section 3): the modification time as YYYYMMDDHHMMSS, in UTC. */
public final class MdtmCommand implements FtpCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Override
    public Reply execute(FtpContext ctx, String argument) {
        FakeFileSystem.Node n = PlainFile.find(ctx, argument);
        if (n == null) {
            return PlainFile.refusal(ctx, argument);
        }
        return ctx.reply(ctx.texts().mdtm(), "time", TIME.format(n.date()));
    }
}
