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
 * the node it names, and sending lines in the current TYPE (CRLF in ASCII, LF in binary). The
 * strange server's listings now and then miss an entry (so two listings differ); the failing
 * server's now and then cannot be read at all.
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
    static List<FakeFileSystem.Node> entries(FtpContext ctx, FakeFileSystem.Node n) {
        List<FakeFileSystem.Node> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.directory()) {
            out.add(n);
        } else if (n.readable()) {
            out.addAll(n.children().values());
        }
        if (out.size() > 1 && ctx.odd()) {
            out.remove(ctx.state().chance.below(out.size()));
        }
        return out;
    }

    static String mode(FtpContext ctx) {
        return ctx.state().type == 'A' ? "ASCII" : "BINARY";
    }

    /** Sends the lines of a listing of {@code path} (absolute) over the data connection. */
    static Reply send(FtpContext ctx, String name, String path, List<String> lines) throws IOException {
        Reply opening = ctx.reply(ctx.texts().opening(), "mode", mode(ctx), "name", name, "size", "");
        String eol = ctx.state().type == 'A' ? "\r\n" : "\n";
        return ctx.transfer(opening, socket -> {
            if (ctx.chance(ctx.policy().faults().listPercent())) {
                return ctx.reply(ctx.texts().failingList(), "path", path);
            }
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
