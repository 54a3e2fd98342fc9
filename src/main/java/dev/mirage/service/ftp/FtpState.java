package dev.mirage.service.ftp;

import dev.mirage.personality.Chance;

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
    /** Why the session ends after this command's reply ("quit", "detected", "fault"); null while it goes on. */
    public String ending;
    /** Bytes read from data connections in this session, against its cap. */
    public long uploadBytes;
    public long fileBytes;
    public int files;
    public long trafficBytes;
    public int transfers;
    /** This session's dice (strange and failing personalities), drawn once when it starts. */
    public final Chance chance;
    /** Commands the failing server still answers before it gives up; negative: it never does. */
    public int lifeLeft;

    public FtpState(Chance chance, FtpPolicy policy) {
        this.chance = chance;
        FtpPolicy.Faults f = policy.faults();
        this.lifeLeft = f.lifeMax() > 0 ? chance.between(f.lifeMin(), f.lifeMax()) : -1;
    }

    /** Ends the session once the current reply is sent. */
    public void end(String reason) {
        ending = reason;
    }

    /** Forgets the pending data connection, closing its sockets. */
    public void dropData() {
        if (data != null) {
            data.close();
            data = null;
        }
    }
}
