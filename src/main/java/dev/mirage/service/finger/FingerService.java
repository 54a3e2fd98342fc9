package dev.mirage.service.finger;

import dev.mirage.event.CommandReceived;
import dev.mirage.net.LineReader;
import dev.mirage.service.finger.commands.FingerReply;
import dev.mirage.service.finger.commands.ForwardCommand;
import dev.mirage.service.finger.commands.ListCommand;
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
 * converts them; forwarding to another host refused. The query is recorded with the reply's first line.
 */
public final class FingerService implements Service {
    private final FingerPolicy policy;
    private final ListCommand list;
    private final UserCommand user;
    private final ForwardCommand forward;

    public FingerService(ServiceContext ctx) {
        FingerTexts texts = ctx.profile().section("finger", FingerTexts.class);
        FingerFormat format = new FingerFormat(texts);
        this.policy = FingerPolicy.of(ctx.personality("finger"));
        this.list = new ListCommand(texts, format);
        this.user = new UserCommand(texts, format, policy.maxEcho());
        this.forward = new ForwardCommand(texts.forwardingDenied());
    }

    @Override
    public void serve(Session session) throws IOException {
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
        FingerState query = FingerState.parse(text, policy.maxNames());
        FingerReply reply = switch (FingerVerb.of(query)) {
            case FORWARD -> forward.execute(query.forward());
            case LIST -> list.execute(query.verbose(), session.now());
            case USER -> user.execute(query.names(), query.shortFormat(), session.now());
        };
        StringBuilder out = new StringBuilder();
        for (String l : reply.lines()) {
            out.append(l).append("\r\n");
        }
        record(session, text, reply.firstLine(), reply.tags());
        OutputStream o = session.out();
        o.write(out.toString().getBytes(StandardCharsets.UTF_8));
        o.flush();
    }

    private static void record(Session session, String query, String reply, List<String> tags) {
        session.record(new CommandReceived(session.now(), session.origin(), "QUERY", query, reply, tags));
    }
}
