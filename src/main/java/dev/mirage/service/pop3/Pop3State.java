package dev.mirage.service.pop3;

import dev.mirage.personality.Chance;

/**
 * The one state of a POP3 session: its phase, the user named by USER, the APOP timestamp, the open
 * mailbox, the failed logins so far; and what the personality holds for this session: its dice,
 * whether the weak accounts work, its fault. The client's address fills the aggressive reply.
 */
public final class Pop3State {
    private final Chance chance;
    private final boolean weakAccounts;
    private final Pop3Fault fault;
    private final String clientIp;
    private Pop3Phase phase = Pop3Phase.AUTHORIZATION;
    private String user;
    private String challenge;
    private Mailbox mailbox;
    private int failures;

    public Pop3State(Chance chance, boolean weakAccounts, Pop3Fault fault, String clientIp) {
        this.chance = chance;
        this.weakAccounts = weakAccounts;
        this.fault = fault;
        this.clientIp = clientIp;
    }

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

    /** Counts a failed login; returns the count so far. */
    public int failed() {
        return ++failures;
    }

    /** The session's dice (strange and failing personalities). */
    public Chance chance() {
        return chance;
    }

    /** Whether the profile's weak accounts work in this session. */
    public boolean weakAccounts() {
        return weakAccounts;
    }

    /** What goes wrong in this session ({@link Pop3Fault#NONE} unless the server is failing). */
    public Pop3Fault fault() {
        return fault;
    }

    public String clientIp() {
        return clientIp;
    }
}
