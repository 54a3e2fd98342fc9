package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.DataChannel;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.net.Inet6Address;
import java.util.Locale;

/**
 * EPSV [af|ALL] (RFC 2428 section 3): listen as PASV does and give only the port. A family other
 * than the control connection's is refused with the family we do speak.
 */
public final class EpsvCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        int own = DataPorts.local(ctx) instanceof Inet6Address ? 2 : 1;
        if (argument != null && argument.trim().toUpperCase(Locale.ROOT).equals("ALL")) {
            return ctx.reply(ctx.texts().epsvAll());
        }
        if (argument != null && !argument.isBlank()) {
            int family = DataPorts.number(argument, 1);
            if (family < 0) {
                return ctx.syntaxError();
            }
            if (family != own) {
                return ctx.reply(ctx.texts().epsvBadProtocol(), "family", own);
            }
        }
        DataChannel d = DataPorts.passive(ctx);
        if (d == null) {
            return ctx.reply(ctx.texts().passiveFailed());
        }
        return ctx.reply(ctx.texts().epsv(), "port", d.port());
    }
}
