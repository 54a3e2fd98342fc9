package dev.mirage.service.ftp;

/**
 * What one FTP session remembers between commands (RFC 959 section 5.4: login, transfer
 * parameters, a pending data connection, a pending rename) and the totals QUIT reports.
 */
public final class FtpState {
    /** The name given by USER, waiting for PASS; null before USER. */
    public String user;
    public boolean loggedIn;
    public boolean anonymous;
    public String cwd = "/";
    /** Representation type of RFC 959 section 3.1.1: 'A' (default) or 'I'. */
    public char type = 'A';
    /** The absolute path named by RNFR, for the next command only. */
    public String renameFrom;
    public DataChannel data;
    public boolean quit;
    /** Bytes read from data connections in this session, against its cap. */
    public long uploadBytes;
    public long fileBytes;
    public int files;
    public long trafficBytes;
    public int transfers;

    /** Forgets the pending data connection, closing its sockets. */
    public void dropData() {
        if (data != null) {
            data.close();
            data = null;
        }
    }
}
