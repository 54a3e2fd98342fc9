package dev.mirage.service.smtp;

import java.util.List;

/**
 * What goes wrong in one session of a failing server (drawn once per session by {@link SmtpPolicy}),
 * each where a real mail server breaks: at connect, when the spool disk is full, when the queue file
 * cannot be written, or when the daemon dies while the message arrives.
 */
public enum SmtpFault {
    /** Nothing goes wrong. */
    NONE,
    /** The greeting is a 421 (too busy, out of resources) and the connection closes. */
    BUSY,
    /** MAIL gets a 452: no room in the spool for a message. */
    DISK_FULL,
    /** The message arrives in full and gets a 451 instead of a queue id. */
    LOCAL_ERROR,
    /** The connection drops while the message text arrives, with no reply. */
    DROP_IN_DATA;

    /** The faults a failing session draws from. */
    static final List<SmtpFault> FAULTS = List.of(BUSY, DISK_FULL, LOCAL_ERROR, DROP_IN_DATA);
}
