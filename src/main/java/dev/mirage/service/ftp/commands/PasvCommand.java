package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.DataChannel;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * PASV (RFC 959 section 4.1.2): listen on the control connection's own IPv4 address, a free port,
 * and tell the client h1,h2,h3,h4,p1,p2. Over IPv6 only EPSV can say where we listen.
 */
public final class PasvCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        InetAddress local = DataPorts.local(ctx);
        if (!(local instanceof Inet4Address)) {
            ctx.state().dropData();
            return ctx.reply(ctx.texts().passiveFailed());
        }
        DataChannel d = DataPorts.passive(ctx);
        if (d == null) {
            return ctx.reply(ctx.texts().passiveFailed());
        }
        byte[] a = local.getAddress();
        String hostPort = (a[0] & 0xff) + "," + (a[1] & 0xff) + "," + (a[2] & 0xff) + "," + (a[3] & 0xff) + ","
                + (d.port() >> 8) + "," + (d.port() & 0xff);
        return ctx.reply(ctx.texts().pasv(), "address", hostPort);
    }
}
