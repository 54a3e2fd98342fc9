package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.FtpTexts;
import dev.mirage.service.ftp.Quarantine;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;

/**
 * STOR path (RFC 959 section 4.1.3). Where the personality allows uploads, the bytes go to the
 * quarantine (never under the client's name, never run) and are noted for the record; elsewhere
 * wu-ftpd's upload refusal. The fake file system itself never changes.
 */
public final class StorCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        FtpTexts t = ctx.texts();
        if (!ctx.policy().uploads()) {
            return ctx.reply(t.uploadDenied(), "path", argument);
        }
        Reply opening = ctx.reply(t.opening(), "mode", Listing.mode(ctx), "name", argument, "size", "");
        return ctx.transfer(opening, socket -> {
            FtpState st = ctx.state();
            long budget = Math.max(0, ctx.uploadLimit() - st.uploadBytes);
            Quarantine.Result r = ctx.quarantine().receive(socket.getInputStream(), budget);
            st.uploadBytes += r.size();
            st.trafficBytes += r.size();
            st.fileBytes += r.size();
            st.files++;
            ctx.upload(argument, r);
            if (r.truncated()) {
                return ctx.reply(t.uploadDiskFull());
            }
            return r.aborted() ? ctx.reply(t.transferAborted()) : ctx.reply(t.transferComplete());
        });
    }
}
