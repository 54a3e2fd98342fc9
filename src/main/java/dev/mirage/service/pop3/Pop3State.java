package dev.mirage.service.pop3;

/** The one state of a POP3 session: its phase, the user named by USER, the APOP timestamp, the open mailbox. */
public final class Pop3State {
    private Pop3Phase phase = Pop3Phase.AUTHORIZATION;
    private String user;
    private String challenge;
    private Mailbox mailbox;

    public Pop3Phase phase() {
        return phase;
    }

    /** The name given by USER, waiting for PASS; null before USER. */
    public String user() {
        return user;
    }

    public void user(String name) {
        this.user = name;
    }

    /** The timestamp the greeting offered for APOP, or null when the server does not offer APOP. */
    public String challenge() {
        return challenge;
    }

    public void challenge(String c) {
        this.challenge = c;
    }

    public Mailbox mailbox() {
        return mailbox;
    }

    /** A login succeeded: the mailbox is open and the session enters TRANSACTION (RFC 1939 section 5). */
    public void open(Mailbox box) {
        this.mailbox = box;
        this.phase = Pop3Phase.TRANSACTION;
    }

    /** QUIT in TRANSACTION (RFC 1939 section 6). */
    public void update() {
        this.phase = Pop3Phase.UPDATE;
    }
}
