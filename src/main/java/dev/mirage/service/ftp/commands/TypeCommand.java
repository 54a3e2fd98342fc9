package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpTexts;
import dev.mirage.service.ftp.Reply;
import java.util.Locale;

/** TYPE (RFC 959 section 4.1.2 and 3.1.1): A [N], I, L 8; E is refused as wu-ftpd refuses it. */
public final class TypeCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        if (argument == null) {
            return ctx.syntaxError();
        }
        String[] p = argument.trim().toUpperCase(Locale.ROOT).split(" +");
        FtpTexts t = ctx.texts();
        switch (p[0]) {
            case "A" -> {
                if (p.length == 1 || (p.length == 2 && p[1].equals("N"))) {
                    ctx.state().type = 'A';
                    return ctx.reply(t.typeA());
                }
                return p.length == 2 && (p[1].equals("T") || p[1].equals("C")) ? ctx.reply(t.typeFormN())
                        : ctx.syntaxError();
            }
            case "I" -> {
                if (p.length != 1) {
                    return ctx.syntaxError();
                }
                ctx.state().type = 'I';
                return ctx.reply(t.typeI());
            }
            case "L" -> {
                if (p.length != 2 || !p[1].matches("[0-9]{1,3}")) {
                    return ctx.syntaxError();
                }
                if (!p[1].equals("8")) {
                    return ctx.reply(t.typeByteSize());
                }
                ctx.state().type = 'I';
                return ctx.reply(t.typeL());
            }
            case "E" -> {
                return ctx.reply(t.typeE());
            }
            default -> {
                return ctx.syntaxError();
            }
        }
    }
}
