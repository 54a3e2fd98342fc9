package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import dev.mirage.service.ftp.Template;
import java.util.List;

/**
 * FEAT (RFC 2389 section 3, used by RFC 2228 and 2428 clients): the profile's feature list. A
 * persona whose server predates FEAT (wu-ftpd 2.6) has an empty list and answers as it would to
 * any verb it does not know.
 */
public final class FeatCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        List<String> lines = ctx.texts().feat();
        if (lines.isEmpty()) {
            return ctx.syntaxError();
        }
        return new Reply(lines.stream().map(l -> Template.fill(l, "host", ctx.host())).toList());
    }
}
