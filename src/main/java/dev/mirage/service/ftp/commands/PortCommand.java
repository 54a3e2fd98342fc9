package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.net.InetAddress;

/**
 * PORT h1,h2,h3,h4,p1,p2 (RFC 959 section 4.1.2). Only the client's own address is accepted; any
 * other is an FTP bounce (RFC 2577), refused with wu-ftpd's words and tagged for the record.
 */
public final class PortCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        if (argument == null) {
            return ctx.syntaxError();
        }
        String[] p = argument.split(",", -1);
        if (p.length != 6) {
            return ctx.syntaxError();
        }
        byte[] address = new byte[4];
        int[] port = new int[2];
        for (int i = 0; i < 6; i++) {
            int n = DataPorts.number(p[i], 3);
            if (n < 0 || n > 255) {
                return ctx.syntaxError();
            }
            if (i < 4) {
                address[i] = (byte) n;
            } else {
                port[i - 4] = n;
            }
        }
        return DataPorts.active(ctx, InetAddress.getByAddress(address), port[0] * 256 + port[1],
                ctx.texts().portOk(), ctx.texts().portRefused());
    }
}
