package dev.mirage.service.smtp;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.ClientInfo;
import dev.mirage.event.CommandReceived;
import dev.mirage.event.FileReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.net.Echo;
import dev.mirage.net.LineReader;
import dev.mirage.personality.Chance;
import dev.mirage.personality.Pause;
import dev.mirage.service.smtp.commands.AuthResponse;
import dev.mirage.session.LimitExceededException;
import dev.mirage.session.Session;
import java.io.IOException;
import java.util.List;

/**
 * The dispatcher of one SMTP session: reads each command line (bounded), finds the verb in the
 * table, checks its guard, runs it, sends the reply, and is the one place that records what
 * happened (commands with their replies, HELO names, credentials, messages, misbehaviour). The
 * personality's session-wide turns happen here too: the greeting (busy, or of many lines), the
 * lingering of replies, and the end of a message (a local error, a dropped connection).
 */
final class SmtpConversation {
    private static final AuthResponse AUTH_RESPONSE = new AuthResponse();
    /** A failing server drops the connection within this many lines of the message text. */
    private static final int DROP_WITHIN_LINES = 12;

    private final SmtpHost host;
    private final MessageStore store;
    private final Session session;
    private final SmtpState state;
    private final LineReader lines;

    SmtpConversation(SmtpHost host, MessageStore store, Session session, Chance chance) {
        this.host = host;
        this.store = store;
        this.session = session;
        this.state = new SmtpState(chance, host.policy().fault(chance));
        this.lines = new LineReader(session.in(), session.limits().maxLine());
    }

    void run() throws IOException {
        if (state.fault() == SmtpFault.BUSY) {
            send(host.reply(host.texts().failingGreeting()));
            session.closeReason("failing");
            return;
        }
        send(greeting());
        try {
            converse();
        } catch (LimitExceededException e) {
            String text = e.limit().equals("max-line") ? host.texts().lineTooLong() : host.texts().inputLimit();
            sendQuietly(host.reply(text));
            throw e;
        }
    }

    /** The profile's greeting, or under the strange personality now and then its banner of many lines. */
    private Reply greeting() {
        String date = host.date(session.now());
        if (!host.texts().strangeGreeting().isEmpty() && host.policy().oddGreeting(state.chance())) {
            return Reply.of(host.texts().strangeGreeting().stream().map(l -> host.line(l, "date", date)).toList());
        }
        return host.reply(host.texts().greeting(), "date", date);
    }

    private void converse() throws IOException {
        while (true) {
            LineReader.Line line = lines.readLine();
            if (line == null) {
                session.closeReason("peer");
                return;
            }
            String text = line.text();
            if (!line.terminated()) {
                // A half line cut by the end of the stream: recorded as sent, not run.
                Parsed p = state.auth() != null ? new Parsed("AUTH", text, null) : Parsed.of(text);
                record(p.verb(), p.argument(), null, List.of("unterminated"));
                session.closeReason("peer");
                return;
            }
            Reply reply;
            Parsed p;
            if (state.auth() != null) {
                p = new Parsed("AUTH", text, null);
                reply = AUTH_RESPONSE.execute(call(p)).tagged("auth-response");
            } else {
                p = Parsed.of(text);
                reply = dispatch(p, text);
            }
            send(reply);
            note(reply.note());
            record(p.verb(), p.argument(), reply.text(), reply.tags());
            if (reply.detected() != null) {
                session.record(new Misbehaviour(session.now(), session.origin(), reply.detected().kind(),
                        reply.detected().detail()));
                session.closeReason("detected");
                return;
            }
            if (reply.after() == Reply.After.CLOSE) {
                session.closeReason(p.known() == SmtpVerb.QUIT ? "quit" : "bad-commands");
                return;
            }
            if (reply.after() == Reply.After.READ_MESSAGE) {
                String ended = receiveMessage();
                if (ended != null) {
                    session.closeReason(ended);
                    return;
                }
            }
        }
    }

    private Reply dispatch(Parsed p, String text) {
        if (p.known() == null) {
            if (state.badCommand() > host.texts().maxBadCommands()) {
                return host.reply(host.texts().tooManyBad()).then(Reply.After.CLOSE);
            }
            return host.reply(host.texts().unknown(), "line", Echo.safe(text.strip(), 200));
        }
        SmtpCall call = call(p);
        Reply refusal = p.known().guard.check(call);
        return refusal != null ? refusal : p.known().command.execute(call);
    }

    private SmtpCall call(Parsed p) {
        return new SmtpCall(host, state, p.verb(), p.argument() == null ? "" : p.argument(),
                session.origin().sourceIp(), session.origin().destinationIp());
    }

    /**
     * The message text after 354, up to the lone dot (RFC 5321 section 4.1.1.4), kept as evidence.
     * Returns null when the session goes on, or why it ended: "peer" when the stream ended first,
     * "failing" when a failing server dropped it (what came is recorded either way).
     */
    private String receiveMessage() throws IOException {
        MessageStore.Message message = store.open(session.origin().sessionId() + "-" + state.nextMessage());
        int dropAt = state.fault() == SmtpFault.DROP_IN_DATA ? state.chance().between(1, DROP_WITHIN_LINES) : -1;
        boolean complete = false;
        boolean dropped = false;
        try {
            for (int n = 1; ; n++) {
                LineReader.Line line = lines.readLine();
                if (line == null) {
                    break;
                }
                byte[] b = line.bytes();
                if (line.terminated() && b.length == 1 && b[0] == '.') {
                    complete = true;
                    dropped = dropAt > 0;
                    break;
                }
                message.line(b, line.terminated());
                if (!line.terminated()) {
                    break;
                }
                if (n == dropAt) {
                    dropped = true;
                    break;
                }
            }
        } catch (IOException e) {
            recordMessage(message.finish(false));
            throw e;
        }
        MessageStore.Received r = message.finish(complete);
        recordMessage(r);
        state.resetTransaction();
        if (dropped) {
            return "failing";
        }
        if (!complete) {
            return "peer";
        }
        Reply reply = r.tooBig() ? host.reply(host.texts().tooBig())
                : host.reply(state.fault() == SmtpFault.LOCAL_ERROR ? host.texts().failingData() : host.texts().accepted(),
                        "queue-id", QueueIds.next(session.now()));
        send(reply);
        record(".", null, reply.text(), List.of("end-of-data"));
        return null;
    }

    private void recordMessage(MessageStore.Received r) {
        session.record(new FileReceived(session.now(), session.origin(), MessageStore.KIND, r.name(), r.size(),
                r.sha256(), r.stored(), r.truncated()));
    }

    private void note(Reply.Note n) {
        switch (n) {
            case null -> {
            }
            case Reply.Helo h -> session.record(new ClientInfo(session.now(), session.origin(), "smtp-helo", h.name()));
            case Reply.Credential c -> session.record(new AuthAttempt(session.now(), session.origin(), c.method(),
                    c.user(), c.secret(), c.success()));
        }
    }

    private void record(String verb, String argument, String reply, List<String> tags) {
        session.record(new CommandReceived(session.now(), session.origin(), verb, argument, reply, tags));
    }

    /** Sends a reply, after the pause the policy draws for it (strange: now and then a short one). */
    private void send(Reply r) throws IOException {
        Pause.of(host.policy().delay(state.chance()));
        session.out().write(r.wire());
        session.out().flush();
    }


    private void sendQuietly(Reply r) {
        try {
            send(r);
        } catch (IOException gone) {
            // The client may already be gone; the limit is recorded all the same.
        }
    }

    /** A command line split into verb and argument as Sendmail does: first word, then the rest. */
    private record Parsed(String verb, String argument, SmtpVerb known) {
        static Parsed of(String text) {
            String t = text.stripLeading();
            int i = 0;
            while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            String word = t.substring(0, i);
            String rest = t.substring(i).strip();
            SmtpVerb verb = SmtpVerb.find(word);
            return new Parsed(verb != null ? verb.name() : word, rest.isEmpty() ? null : rest, verb);
        }
    }
}
