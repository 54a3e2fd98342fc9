package dev.mirage.service.ftp;

import java.io.IOException;

/**
 * One FTP verb. Stateless: everything it reads or changes is in the {@link FtpContext}. It returns
 * the final reply; a transfer may send a preliminary 150 through the context first.
 */
@FunctionalInterface
public interface FtpCommand {
    Reply execute(FtpContext ctx, String argument) throws IOException;
}
