package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import dev.mirage.service.ftp.Template;
import java.util.Locale;

/** HELP (RFC 959 section 4.1.3): wu-ftpd's command table, or the syntax of one command. */
public final class HelpCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        if (argument == null || argument.isBlank()) {
            return new Reply(ctx.texts().help().stream().map(l -> Template.fill(l, "host", ctx.host())).toList());
        }
        String verb = argument.trim().toUpperCase(Locale.ROOT);
        String syntax = ctx.texts().helpTopics().get(verb);
        if (syntax == null) {
            return ctx.reply(ctx.texts().helpUnknown(), "verb", verb);
        }
        return ctx.reply(ctx.texts().helpSyntax(), "verb", verb, "syntax", syntax);
    }
}
