package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.FtpTexts;
import dev.mirage.service.ftp.Quarantine;
import dev.mirage.service.ftp.Reply;
import java.io.IOException;
import java.net.Socket;

/**
 * STOR path (RFC 959 section 4.1.3). Where the personality allows uploads, the bytes go to the
 * quarantine (never under the client's name, never run) and are noted for the record; elsewhere
 * wu-ftpd's upload refusal. A failing server keeps the bytes but says its disk is full; one that
 * watches for uploads takes the bytes too (they are evidence) and answers as to misbehaviour. The
 * fake file system itself never changes.
 */
public final class StorCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        FtpTexts t = ctx.texts();
        Reply opening = ctx.reply(t.opening(), "mode", Listing.mode(ctx), "name", argument, "size", "");
        if (ctx.policy().watch().upload()) {
            if (ctx.state().data != null) {
                ctx.transfer(opening, socket -> {
                    receive(ctx, argument, socket);
                    return opening;   // not sent: the notice below is the answer
                });
            }
            return ctx.detected("upload", argument);
        }
        if (!ctx.policy().uploads()) {
            return ctx.reply(t.uploadDenied(), "path", argument);
        }
        return ctx.transfer(opening, socket -> {
            Quarantine.Result r = receive(ctx, argument, socket);
            if (r.truncated()) {
                return ctx.reply(t.uploadDiskFull());
            }
            if (r.aborted()) {
                return ctx.reply(t.transferAborted());
            }
            return ctx.reply(ctx.policy().faults().diskFull() ? t.uploadDiskFull() : t.transferComplete());
        });
    }

    private static Quarantine.Result receive(FtpContext ctx, String argument, Socket socket) throws IOException {
        FtpState st = ctx.state();
        long budget = Math.max(0, ctx.uploadLimit() - st.uploadBytes);
        Quarantine.Result r = ctx.quarantine().receive(socket.getInputStream(), budget);
        st.uploadBytes += r.size();
        st.trafficBytes += r.size();
        st.fileBytes += r.size();
        st.files++;
        ctx.upload(argument, r);
        return r;
    }
}
