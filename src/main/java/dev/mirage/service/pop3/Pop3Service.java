package dev.mirage.service.pop3;

import dev.mirage.service.shell.Accounts;
import dev.mirage.event.AuthAttempt;
import dev.mirage.event.CommandReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.net.LineReader;
import dev.mirage.personality.Chance;
import dev.mirage.personality.Pause;
import dev.mirage.session.LimitExceededException;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import dev.mirage.session.Session;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * POP3 (RFC 1939, RFC 2449) as the profile's server spoke it. The dispatcher here is the one place
 * that checks a verb's phase (via the command table) and records what happened: a command event per
 * line with the reply's first line, an auth attempt per credential tried, a misbehaviour told off.
 * The personality ({@link Pop3Policy}) deals each session its dice, its fault and its weak accounts.
 */
public final class Pop3Service implements Service {
    private static final List<String> UNTERMINATED = List.of("unterminated");

    private final ServiceContext context;
    private final Pop3Context ctx;
    private final String host;

    public Pop3Service(ServiceContext context) {
        this(context, context.profile().section("pop3", Pop3Texts.class));
    }

    /** With texts other than the profile's (a test switching APOP on). */
    Pop3Service(ServiceContext context, Pop3Texts texts) {
        this.context = context;
        this.host = context.profile().hostName();
        this.ctx = new Pop3Context(texts, context.config().services().pop3().accounts(),
                Pop3Context.weakAccounts(texts, host), Accounts.of(context), host, new MailFormat(texts.mail(), host),
                Pop3Policy.of(context.personality("pop3")));
    }

    @Override
    public void serve(Session session) throws IOException {
        Pop3Texts texts = ctx.texts();
        Chance chance = context.chance("pop3");
        Pop3Policy policy = ctx.policy();
        Pop3State state = new Pop3State(chance, policy.weakAccounts(chance), policy.fault(chance),
                session.origin().sourceIp());
        Pause.of(policy.delay(chance));
        if (texts.apop()) {
            // The APOP timestamp (RFC 1939 section 7) in the profile's form; ipop3d used a process id and the time.
            state.challenge(Pop3Texts.fill(texts.apopChallenge(), "host", host,
                    "pid", Integer.toHexString(ThreadLocalRandom.current().nextInt(1000, 32768)),
                    "time", Long.toHexString(session.now().getEpochSecond())));
            send(session, Pop3Texts.fill(texts.greetingApop(), "host", host, "challenge", state.challenge()));
        } else {
            send(session, Pop3Texts.fill(texts.greeting(), "host", host));
        }
        LineReader reader = new LineReader(session.in(), session.limits().maxLine());
        while (true) {
            LineReader.Line line;
            try {
                line = reader.readLine();
            } catch (LimitExceededException e) {
                if ("max-line".equals(e.limit())) {
                    sendQuietly(session, texts.lineTooLong());
                }
                throw e;
            } catch (SocketTimeoutException e) {
                sendQuietly(session, texts.autologout());
                throw e;
            }
            if (line == null) {
                session.closeReason("peer");
                return;
            }
            String text = line.text();
            int start = 0;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            int space = text.indexOf(' ', start);
            String verb = (space < 0 ? text.substring(start) : text.substring(start, space)).toUpperCase(Locale.ROOT);
            String argument = space < 0 || space + 1 == text.length() ? null : text.substring(space + 1);
            if (!line.terminated()) {
                // A half line cut by end of stream: kept, never executed.
                session.record(new CommandReceived(session.now(), session.origin(), verb, argument, null, UNTERMINATED));
                session.closeReason("peer");
                return;
            }
            Reply reply = dispatch(state, verb, argument);
            session.record(new CommandReceived(session.now(), session.origin(), verb, argument, reply.status()));
            Credential c = reply.credential();
            if (c != null) {
                session.record(new AuthAttempt(session.now(), session.origin(), c.method(), c.user(), c.secret(),
                        c.success()));
            }
            if (reply.detected() != null) {
                session.record(new Misbehaviour(session.now(), session.origin(), reply.detected().kind(),
                        reply.detected().detail()));
            }
            Pause.of(policy.delay(chance));
            session.out().write(reply.encode());
            if (reply.close() != null) {
                session.closeReason(reply.close());
                return;
            }
        }
    }

    /** The one phase check: a verb not valid in the current state gets the phase's unknown-command reply. */
    private Reply dispatch(Pop3State state, String verb, String argument) {
        if (verb.isEmpty()) {
            return Reply.of(ctx.texts().nullCommand());
        }
        Pop3Verb v = Pop3Verb.of(verb);
        if (v == null || !v.isValidFor(state)) {
            return Reply.of(switch (state.phase()) {
                case AUTHORIZATION -> ctx.texts().unknownAuthorization();
                case TRANSACTION -> ctx.texts().unknownTransaction();
                case UPDATE -> ctx.texts().unknownState();
            });
        }
        return v.command().execute(state, argument, ctx);
    }


    private static void send(Session session, String line) throws IOException {
        session.out().write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A last word before the engine closes the session; the client may already be gone. */
    private static void sendQuietly(Session session, String line) {
        try {
            send(session, line);
        } catch (IOException ignored) {
            // The session ends either way.
        }
    }
}
