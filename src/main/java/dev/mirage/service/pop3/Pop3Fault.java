package dev.mirage.service.pop3;

import java.util.List;

/**
 * What goes wrong in one session of a failing server (drawn once per session by {@link Pop3Policy}),
 * where a real POP3 server breaks: the mailbox is locked by another session, the mailbox cannot be
 * read, or the server dies while it sends a message.
 */
public enum Pop3Fault {
    /** Nothing goes wrong. */
    NONE,
    /** A right password gets the lock refusal and the session ends. */
    LOCKED,
    /** A right password gets the mailbox-unreadable refusal and the session ends. */
    BROKEN,
    /** The first RETR stops partway through the message and the connection drops. */
    DROP_IN_RETR;

    /** The faults a failing session draws from. */
    static final List<Pop3Fault> FAULTS = List.of(LOCKED, BROKEN, DROP_IN_RETR);
}
