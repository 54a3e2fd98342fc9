package dev.mirage.service.pop3;

import java.util.List;

/**
 * The open mailbox of a logged-in account: its messages and which are marked deleted. DELE only
 * marks, RSET unmarks (RFC 1939 section 5); nothing is ever removed, as the config is read-only.
 */
public final class Mailbox {
    private final List<Message> messages;
    private final boolean[] deleted;
    private final boolean[] seen;
    private int last;

    public Mailbox(List<Message> messages) {
        this.messages = List.copyOf(messages);
        this.deleted = new boolean[messages.size()];
        this.seen = new boolean[messages.size()];
    }

    /** Messages present at login, deleted ones included (numbers never shift, RFC 1939 section 5). */
    public int size() {
        return messages.size();
    }

    /** The message numbered n (1-based) if it exists and is not marked deleted, else null. */
    public Message get(long n) {
        if (n < 1 || n > messages.size() || deleted[(int) n - 1]) {
            return null;
        }
        return messages.get((int) n - 1);
    }

    public void delete(long n) {
        deleted[(int) n - 1] = true;
        touch(n);
    }

    /** Remembers the highest message accessed (the obsolete LAST command of RFC 1460). */
    public void touch(long n) {
        last = (int) Math.max(last, n);
    }

    public void markSeen(long n) {
        seen[(int) n - 1] = true;
        touch(n);
    }

    public boolean seen(long n) {
        return seen[(int) n - 1];
    }

    public int last() {
        return last;
    }

    public void reset() {
        java.util.Arrays.fill(deleted, false);
        java.util.Arrays.fill(seen, false);
        last = 0;
    }
}
