package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What LIST and NLST share: the argument as wu-ftpd handed it to ls ("-la", "-a /etc", a path),
 * the node it names, and sending lines in the current TYPE (CRLF in ASCII, LF in binary).
 */
final class Listing {
    private Listing() {
    }

    /** The path part of a LIST/NLST argument: options (words starting with '-') are skipped. */
    static String path(String argument) {
        if (argument == null) {
            return "";
        }
        String a = argument.trim();
        while (a.startsWith("-")) {
            int sp = a.indexOf(' ');
            a = sp < 0 ? "" : a.substring(sp + 1).trim();
        }
        return a;
    }

    /** The children to show: none for a directory the guest may not read, the node itself for a file. */
    static List<FakeFileSystem.Node> entries(FakeFileSystem.Node n) {
        List<FakeFileSystem.Node> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.directory()) {
            out.add(n);
        } else if (n.readable()) {
            out.addAll(n.children().values());
        }
        return out;
    }

    static String mode(FtpContext ctx) {
        return ctx.state().type == 'A' ? "ASCII" : "BINARY";
    }

    static Reply send(FtpContext ctx, String name, List<String> lines) throws IOException {
        Reply opening = ctx.reply(ctx.texts().opening(), "mode", mode(ctx), "name", name, "size", "");
        String eol = ctx.state().type == 'A' ? "\r\n" : "\n";
        return ctx.transfer(opening, socket -> {
            StringBuilder b = new StringBuilder();
            for (String l : lines) {
                b.append(l).append(eol);
            }
            byte[] data = b.toString().getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(data);
            out.flush();
            FtpState st = ctx.state();
            st.trafficBytes += data.length;
            return ctx.reply(ctx.texts().transferComplete());
        });
    }
}
