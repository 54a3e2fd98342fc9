package dev.mirage.service.finger;

import dev.mirage.event.CommandReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.net.LineReader;
import dev.mirage.personality.Chance;
import dev.mirage.personality.Pause;
import dev.mirage.service.finger.commands.FingerReply;
import dev.mirage.service.finger.commands.ForwardCommand;
import dev.mirage.service.finger.commands.ListCommand;
import dev.mirage.service.finger.commands.NoticeCommand;
import dev.mirage.service.finger.commands.UserCommand;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import dev.mirage.session.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finger (RFC 1288) as the profile's fingerd: one query line per connection, answered from the
 * persona's users in the claimed finger program's formats, every line ended with CR LF as fingerd
 * converts them; forwarding to another host refused. What the personality changes comes from
 * {@link FingerPolicy}. This is the one place that records: the query with the reply's first line,
 * and a misbehaviour the aggressive personality detected.
 */
public final class FingerService implements Service {
    private final ServiceContext ctx;
    private final FingerTexts texts;
    private final FingerPolicy policy;
    private final ListCommand list;
    private final UserCommand user;
    private final ForwardCommand forward;
    private final NoticeCommand refusedList;
    private final NoticeCommand internal;
    private final NoticeCommand outOfSpace;
    private final NoticeCommand detected;

    public FingerService(ServiceContext ctx) {
        this.ctx = ctx;
        this.texts = ctx.profile().section("finger", FingerTexts.class);
        FingerFormat format = new FingerFormat(texts);
        this.policy = FingerPolicy.of(ctx.personality("finger"));
        this.list = new ListCommand(texts, format);
        this.user = new UserCommand(texts, format, policy.maxEcho());
        this.forward = new ForwardCommand(texts.forwardingDenied());
        this.refusedList = new NoticeCommand(texts.refusedList());
        this.internal = new NoticeCommand(texts.failingInternal());
        this.outOfSpace = new NoticeCommand(texts.failingMemory());
        this.detected = new NoticeCommand(texts.detected());
    }

    @Override
    public void serve(Session session) throws IOException {
        Chance dice = ctx.chance("finger");
        LineReader lines = new LineReader(session.in(), session.limits().maxLine());
        LineReader.Line line = lines.readLine();
        if (line == null) {
            session.closeReason("peer");
            return;
        }
        String text = line.text();
        if (!line.terminated()) {
            record(session, text, "", List.of("half-line"));
            session.closeReason("peer");
            return;
        }
        FingerState query = FingerState.parse(text, policy.maxNames(), dice);
        FingerVerb verb = FingerVerb.of(query);
        Misuse.Found misuse = policy.detects() ? Misuse.of(query, verb) : null;
        if (misuse != null) {
            FingerReply reply = detected.execute(verb == FingerVerb.FORWARD ? List.of("finger-forward") : null);
            record(session, text, reply.firstLine(), reply.tags());
            session.record(new Misbehaviour(session.now(), session.origin(), misuse.kind(), misuse.detail()));
            send(session, reply);
            session.closeReason("detected");
            return;
        }
        FingerPolicy.Fault fault = policy.fault(dice);
        List<FingerTexts.User> users = policy.users(texts.users(), dice);
        FingerReply reply = answer(query, verb, fault, users, session);
        Pause.of(Math.min(policy.delay(dice), FingerPolicy.MAX_DELAY_MILLIS));
        record(session, text, reply.firstLine(), reply.tags());
        send(session, reply);
        if (fault != FingerPolicy.Fault.NONE) {
            session.closeReason("failing");
        }
    }

    private FingerReply answer(FingerState query, FingerVerb verb, FingerPolicy.Fault fault, List<FingerTexts.User> users,
                               Session session) {
        boolean ioErrors = fault == FingerPolicy.Fault.IO_ERRORS;
        return switch (fault) {
            case SILENT -> new FingerReply(List.of(), null);
            case INTERNAL -> internal.execute(null);
            case OUT_OF_SPACE -> outOfSpace.execute(null);
            case NONE, IO_ERRORS -> switch (verb) {
                case FORWARD -> forward.execute(query.forward());
                case LIST -> policy.listsUsers() ? list.execute(users, query.verbose(), ioErrors, session.now())
                        : refusedList.execute(List.of("refused"));
                case USER -> user.execute(policy.findsUsers() ? users : List.of(), query.names(), query.shortFormat(),
                        ioErrors, session.now());
            };
        };
    }


    private static void send(Session session, FingerReply reply) throws IOException {
        if (reply.lines().isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (String l : reply.lines()) {
            out.append(l).append("\r\n");
        }
        OutputStream o = session.out();
        o.write(out.toString().getBytes(StandardCharsets.UTF_8));
        o.flush();
    }

    private static void record(Session session, String query, String reply, List<String> tags) {
        session.record(new CommandReceived(session.now(), session.origin(), "QUERY", query, reply, tags));
    }
}
