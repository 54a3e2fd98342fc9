package dev.mirage.service.pop3;

/** The three states of a POP3 session (RFC 1939 section 3); each command is valid in some of them. */
public enum Pop3Phase {
    /** Before a successful USER/PASS or APOP (RFC 1939 section 4). */
    AUTHORIZATION,
    /** Logged in: the mailbox is open (RFC 1939 section 5). */
    TRANSACTION,
    /** After QUIT in TRANSACTION (RFC 1939 section 6); nothing real is ever removed, the config is read-only. */
    UPDATE
}
