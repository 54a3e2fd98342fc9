package dev.mirage.service.ftp.commands;

import dev.mirage.service.ftp.FtpCommand;
import dev.mirage.service.ftp.FtpContext;
import dev.mirage.service.ftp.Reply;

/** CDUP and XCUP (RFC 959 section 4.1.1): CWD to the parent; wu-ftpd words it as a CWD. */
public final class CdupCommand implements FtpCommand {
    @Override
    public Reply execute(FtpContext ctx, String argument) {
        return CwdCommand.change(ctx, "..", "..");
    }
}
