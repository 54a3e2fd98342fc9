package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.Reply;
import dev.mirage.service.ftp.Template;

/** QUIT (RFC 959 section 4.1.1): wu-ftpd's farewell with the session's transfer totals. */
public final class QuitCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        FtpState st = ctx.state();
        st.end("quit");
        return new Reply(ctx.texts().quit().stream().map(l -> Template.fill(l, "bytes", st.fileBytes,
                "files", st.files, "traffic", st.trafficBytes, "transfers", st.transfers, "host", ctx.host()))
                .toList());
    }
}
