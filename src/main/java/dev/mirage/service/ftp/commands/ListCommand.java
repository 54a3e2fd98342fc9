package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * LIST [path] (RFC 959 section 4.1.3): "ls -lgA" lines of the fake file system; a directory starts
 * with its "total" line. A missing path lists nothing, as ls printed its complaint to stderr.
 */
public final class ListCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        String path = FakeFileSystem.resolve(ctx.state().cwd, Listing.path(argument));
        FakeFileSystem.Node n = ctx.fs().find(path);
        List<FakeFileSystem.Node> entries = Listing.entries(ctx, n);
        LocalDateTime now = ctx.now();
        List<String> lines = new ArrayList<>();
        if (n != null && n.directory() && n.readable() && !ctx.texts().listTotal().isEmpty()) {   // IIS and vsftpd print none
            lines.add(ctx.listFormat().total(entries));
        }
        for (FakeFileSystem.Node e : entries) {
            lines.add(ctx.listFormat().line(e, now));
        }
        return Listing.send(ctx, ctx.texts().listName(), path, lines);
    }
}
