package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpTexts;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * EPRT |af|address|port| (RFC 2428 section 2). The address must be a numeric literal of family 1
 * (IPv4) or 2 (IPv6), never a name to look up; the bounce rule is the same as for PORT.
 */
public final class EprtCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        FtpTexts t = ctx.texts();
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        char d = argument.charAt(0);
        if (d < 33 || d > 126) {
            return ctx.reply(t.eprtBadDelimiter(), "delimiter", d < 32 ? "" : String.valueOf(d), "code", (int) d);
        }
        String[] p = argument.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
        if (p.length != 5 || !p[0].isEmpty() || !p[4].isEmpty()) {
            return ctx.reply(t.eprtBadFormat());
        }
        int family = DataPorts.number(p[1], 1);
        int port = DataPorts.number(p[3], 5);
        if (family < 0 || port < 0 || port > 65535) {
            return ctx.reply(t.eprtBadFormat());
        }
        if (family != 1 && family != 2) {
            return ctx.reply(t.eprtBadProtocol());
        }
        InetAddress target = literal(p[2], family);
        if (target == null) {
            return ctx.reply(t.eprtBadAddress(), "address", p[2]);
        }
        return DataPorts.active(ctx, target, port, t.eprtOk(), t.eprtRefused());
    }

    /** Parses a numeric address only: no character outside digits, dots, hex and colons reaches the parser. */
    private static InetAddress literal(String s, int family) {
        if (s.isEmpty() || s.length() > 45) {
            return null;
        }
        if (family == 1) {
            String[] q = s.split("\\.", -1);
            if (q.length != 4) {
                return null;
            }
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int n = DataPorts.number(q[i], 3);
                if (n < 0 || n > 255) {
                    return null;
                }
                b[i] = (byte) n;
            }
            try {
                return InetAddress.getByAddress(b);
            } catch (UnknownHostException e) {
                return null;
            }
        }
        if (!s.contains(":") || !s.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            InetAddress a = InetAddress.getByName(s);
            return a instanceof Inet6Address || a instanceof Inet4Address ? a : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
