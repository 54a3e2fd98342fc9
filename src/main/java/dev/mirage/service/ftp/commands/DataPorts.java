package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.DataChannel;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import dev.mirage.util.Addresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What PORT, EPRT, PASV and EPSV share: the two ends of the control connection (taken from the
 * session's fixed origin, both literal addresses, so no name lookup), and the bounce rule of RFC
 * 2577 section 3 that wu-ftpd applies: an active connection only to the client's own address and
 * to an unprivileged port.
 */
final class DataPorts {
    static final String BOUNCE = "ftp-bounce";

    private DataPorts() {
    }

    static InetAddress peer(FtpContext ctx) throws UnknownHostException {
        return InetAddress.getByName(ctx.session().origin().sourceIp());
    }

    static InetAddress local(FtpContext ctx) throws UnknownHostException {
        return InetAddress.getByName(ctx.session().origin().destinationIp());
    }

    /** Sets up an active connection to target:port if allowed; otherwise the refusal, tagged when it is a bounce. */
    static Reply active(FtpContext ctx, InetAddress target, int port, String ok, String refused) throws IOException {
        InetAddress peer = peer(ctx);
        boolean sameHost = Addresses.format(peer).equals(Addresses.format(target));
        if (!sameHost || port < 1024) {
            if (!sameHost) {
                ctx.tag(BOUNCE);
            }
            ctx.state().dropData();
            return ctx.reply(refused);
        }
        ctx.state().dropData();
        ctx.state().data = DataChannel.active(peer, port, ctx.dataTimeout());
        return ctx.reply(ok);
    }

    /** Opens a passive listener on the control connection's local address; null if that fails. */
    static DataChannel passive(FtpContext ctx) {
        ctx.state().dropData();
        try {
            DataChannel d = DataChannel.passive(local(ctx), peer(ctx), ctx.dataTimeout());
            ctx.state().data = d;
            return d;
        } catch (IOException e) {
            return null;
        }
    }

    /** An unsigned decimal of at most {@code digits} digits, or -1. */
    static int number(String s, int digits) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > digits) {
            return -1;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(t);
    }
}
