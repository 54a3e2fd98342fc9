package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.util.List;

/** NLST [path] (RFC 959 section 4.1.3): bare names, one a line. */
public final class NlstCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        String path = FakeFileSystem.resolve(ctx.state().cwd, Listing.path(argument));
        FakeFileSystem.Node n = ctx.fs().find(path);
        List<String> names = Listing.entries(ctx, n).stream().map(FakeFileSystem.Node::name).toList();
        return Listing.send(ctx, ctx.texts().nlstName(), path, names);
    }
}
