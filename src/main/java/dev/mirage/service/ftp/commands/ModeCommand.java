package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.util.Locale;

/** MODE (RFC 959 section 4.1.2 and 3.4): only S (stream); B and C are refused. */
public final class ModeCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        String m = argument == null ? "" : argument.trim().toUpperCase(Locale.ROOT);
        return switch (m) {
            case "S" -> ctx.reply(ctx.texts().modeS());
            case "B", "C" -> ctx.reply(ctx.texts().modeOther());
            default -> ctx.syntaxError();
        };
    }
}
