package dev.mirage.service.smtp;

import dev.mirage.personality.Chance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One session's SMTP state (RFC 5321 section 4.1.4 and RFC 4954): the greeting, the mail transaction
 * (sender and recipients) and the login, plus an AUTH exchange in progress; and what the personality
 * holds for this session: its dice and its fault. Touched by one thread only.
 */
public final class SmtpState {
    /** Recipients kept per transaction; more are counted, not kept (their commands are recorded anyway). */
    static final int MAX_KEPT_RECIPIENTS = 1000;

    private final Chance chance;
    private final SmtpFault fault;
    private String helo;
    private boolean extended;
    private String sender;
    private final List<String> recipients = new ArrayList<>();
    private int recipientCount;
    private String user;
    private AuthExchange auth;
    private int badCommands;
    private int messages;
    private int authFailures;

    public SmtpState(Chance chance, SmtpFault fault) {
        this.chance = chance;
        this.fault = fault;
    }

    /** The session's dice (strange and failing personalities). */
    public Chance chance() {
        return chance;
    }

    /** What goes wrong in this session ({@link SmtpFault#NONE} unless the server is failing). */
    public SmtpFault fault() {
        return fault;
    }

    /** An AUTH exchange waiting for the client's next line; {@code user} is set once LOGIN has it. */
    public record AuthExchange(String mechanism, String user) {
    }

    public String helo() {
        return helo;
    }

    public boolean greeted() {
        return helo != null;
    }

    public boolean extended() {
        return extended;
    }

    public void greet(String name, boolean esmtp) {
        this.helo = name;
        this.extended = esmtp;
    }

    public String sender() {
        return sender;
    }

    public boolean inTransaction() {
        return sender != null;
    }

    public void sender(String address) {
        this.sender = address;
    }

    public List<String> recipients() {
        return Collections.unmodifiableList(recipients);
    }

    public int recipientCount() {
        return recipientCount;
    }

    public void addRecipient(String address) {
        recipientCount++;
        if (recipients.size() < MAX_KEPT_RECIPIENTS) {
            recipients.add(address);
        }
    }

    /** Ends the mail transaction (RSET, or after DATA); the greeting and the login stay. */
    public void resetTransaction() {
        sender = null;
        recipients.clear();
        recipientCount = 0;
    }

    public String user() {
        return user;
    }

    public boolean authenticated() {
        return user != null;
    }

    public void login(String name) {
        this.user = name;
    }

    public AuthExchange auth() {
        return auth;
    }

    public void auth(AuthExchange exchange) {
        this.auth = exchange;
    }

    /** Counts an unrecognised command; returns the count so far. */
    public int badCommand() {
        return ++badCommands;
    }

    /** Counts a failed AUTH; returns the count so far. */
    public int authFailed() {
        return ++authFailures;
    }

    /** Numbers the messages of the session: 1, 2, ... */
    public int nextMessage() {
        return ++messages;
    }
}
