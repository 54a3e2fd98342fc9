package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FakeFileSystem;
import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.FtpState;
import dev.mirage.service.ftp.FtpTexts;
import dev.mirage.service.ftp.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * RETR path (RFC 959 section 4.1.3): a decoy file's content from the profile, LF turned to CRLF in
 * TYPE A (section 3.1.1.1). Files without content are not readable by the guest. A decoy password
 * file is tagged for the record, and where the personality watches for it, answered as misbehaviour;
 * on a failing server the transfer breaks off midway with its read error.
 */
public final class RetrCommand implements FtpCommand {
    static final String PASSWORD_FILE = "password-file";

    @Override
    public Reply execute(FtpContext ctx, String argument) throws IOException {
        if (argument == null || argument.isEmpty()) {
            return ctx.syntaxError();
        }
        FtpTexts t = ctx.texts();
        FakeFileSystem.Node n = ctx.fs().find(FakeFileSystem.resolve(ctx.state().cwd, argument));
        if (n == null) {
            return ctx.reply(t.noSuchFile(), "path", argument);
        }
        if (n.directory()) {
            return ctx.reply(t.notPlainFile(), "path", argument);
        }
        if (n.decoy() != null) {
            ctx.tag(PASSWORD_FILE);
            if (ctx.policy().watch().passwordFile()) {
                return ctx.detected(PASSWORD_FILE, n.path());
            }
        }
        if (!n.readable() || n.content() == null) {
            return ctx.reply(t.permissionDenied(), "path", argument);
        }
        byte[] data = ctx.state().type == 'A' ? ascii(n.content()) : n.content();
        Reply opening = ctx.reply(t.opening(), "mode", Listing.mode(ctx), "name", argument,
                "size", ctx.reply(t.openingSize(), "bytes", n.size()).text());
        return ctx.transfer(opening, socket -> {
            FtpState st = ctx.state();
            boolean breaks = ctx.policy().faults().brokenReads();
            int length = breaks ? st.chance.between(data.length / 4, data.length * 3 / 4) : data.length;
            OutputStream out = socket.getOutputStream();
            out.write(data, 0, length);
            out.flush();
            st.trafficBytes += length;
            if (breaks) {
                return ctx.reply(t.failingRead(), "path", argument);
            }
            st.files++;
            st.fileBytes += length;
            return ctx.reply(t.transferComplete());
        });
    }

    static byte[] ascii(byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(content.length + content.length / 16);
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' && (i == 0 || content[i - 1] != '\r')) {
                b.write('\r');
            }
            b.write(content[i]);
        }
        return b.toByteArray();
    }
}
