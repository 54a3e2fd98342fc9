package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.util.Locale;

/** STRU (RFC 959 section 4.1.2 and 3.1.2): only F (file); R and P are refused. */
public final class StruCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        String s = argument == null ? "" : argument.trim().toUpperCase(Locale.ROOT);
        return switch (s) {
            case "F" -> ctx.reply(ctx.texts().struF());
            case "R", "P" -> ctx.reply(ctx.texts().struOther());
            default -> ctx.syntaxError();
        };
    }
}
