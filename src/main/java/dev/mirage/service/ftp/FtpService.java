package dev.mirage.service.ftp;

import dev.mirage.config.MirageConfig;
import dev.mirage.event.AuthAttempt;
import dev.mirage.event.CommandReceived;
import dev.mirage.event.FileReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.net.LineReader;
import dev.mirage.service.shell.Accounts;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import dev.mirage.session.Session;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * FTP (RFC 959, 2228, 2428) as the profile's server answers it: a read-only fake file system,
 * passive and active data connections that real clients use, anonymous login and uploads as the
 * personality allows. This dispatcher is the one place that records the service's events: each
 * command with the replies it got, each USER/PASS pair, each file received, each misbehaviour the
 * aggressive personality caught. It also applies what touches every command: the failing server's
 * breakdown and the strange server's notes and delays.
 */
public final class FtpService implements Service {
    private static final String UNTERMINATED = "unterminated";
    private static final String ERROR = "error";

    private final ServiceContext context;
    private final FtpTexts texts;
    private final FakeFileSystem fs;
    private final FtpPolicy policy;
    private final Accounts accounts;
    private final Quarantine quarantine;
    private final ListFormat listFormat;
    private final String host;
    private final long uploadMax;

    public FtpService(ServiceContext ctx) {
        this(ctx, ctx.profile().section("ftp", FtpTexts.class), ctx.decoys()::file);
    }

    /** With other texts and decoys than the context's (tests: a decoy entry with fixed content). */
    FtpService(ServiceContext ctx, FtpTexts texts, Function<String, byte[]> decoys) {
        this(ctx, texts, decoys, FtpPolicy.of(ctx.personality("ftp")));
    }

    /** With a policy no personality gives yet (tests: the aggressive watch behind a login that works). */
    FtpService(ServiceContext ctx, FtpTexts texts, Function<String, byte[]> decoys, FtpPolicy policy) {
        this.context = ctx;
        this.texts = texts;
        this.fs = new FakeFileSystem(texts.files(), decoys);
        this.policy = policy;
        this.accounts = Accounts.of(ctx);
        this.listFormat = new ListFormat(texts);
        this.host = ctx.profile().hostName();
        MirageConfig.Ftp cfg = ctx.config().services().ftp();
        this.uploadMax = cfg.uploadMax().bytes();
        Path dir = ctx.dataDir().resolve("ftp").resolve("quarantine");
        this.quarantine = new Quarantine(ctx.dataDir(), dir, uploadMax, cfg.quarantineMax().bytes());
    }

    FtpTexts texts() {
        return texts;
    }

    FakeFileSystem fs() {
        return fs;
    }

    FtpPolicy policy() {
        return policy;
    }

    Accounts accounts() {
        return accounts;
    }

    Quarantine quarantine() {
        return quarantine;
    }

    ListFormat listFormat() {
        return listFormat;
    }

    String host() {
        return host;
    }

    long uploadMax() {
        return uploadMax;
    }

    @Override
    public void serve(Session session) throws IOException {
        FtpState state = new FtpState(context.chance("ftp"), policy);
        FtpContext ctx = new FtpContext(session, state, this);
        LineReader lines = new LineReader(session.in(), session.limits().maxLine());
        try {
            write(session, Reply.of(Template.fill(texts.greeting(), "host", host)));
            while (state.ending == null) {
                LineReader.Line line;
                try {
                    line = lines.readLine();
                } catch (SocketTimeoutException e) {
                    long seconds = session.limits().idle().toSeconds();
                    write(session, Reply.of(Template.fill(texts.timeout(), "seconds", seconds)));
                    throw e;
                }
                if (line == null) {
                    return;
                }
                handle(session, ctx, line);
            }
            session.closeReason(state.ending);
        } finally {
            state.dropData();
        }
    }

    private void handle(Session session, FtpContext ctx, LineReader.Line line) throws IOException {
        String text = line.text();
        int sp = text.indexOf(' ');
        String verb = (sp < 0 ? text : text.substring(0, sp)).toUpperCase(Locale.ROOT);
        String argument = sp < 0 ? null : text.substring(sp + 1);
        if (!line.terminated()) {
            session.record(new CommandReceived(session.now(), session.origin(), verb, argument, null,
                    List.of(UNTERMINATED)));
            return;
        }
        ctx.begin(text);
        FtpCommands entry = FtpCommands.lookup(verb);
        Reply reply;
        try {
            if (Breakdown.due(ctx.state())) {
                reply = Breakdown.reply(ctx);
            } else if (entry == null) {
                reply = ctx.syntaxError();
            } else if (entry.needsLogin() && !ctx.state().loggedIn) {
                reply = ctx.reply(texts.notLoggedIn());
            } else {
                reply = entry.command().execute(ctx, argument);
            }
        } catch (RuntimeException e) {
            // Attacker input must never end a session with a stack trace; answer as to a bad line.
            ctx.tag(ERROR);
            reply = ctx.syntaxError();
        }
        if (entry != FtpCommands.RNFR) {
            // RFC 959 4.1.3: RNTO must follow RNFR at once.
            ctx.state().renameFrom = null;
        }
        if (reply != null) {
            reply = Quirks.dress(ctx, reply);
            Quirks.pause(ctx);
            write(session, reply);
        }
        record(session, ctx, verb, argument, reply);
    }

    private static void write(Session session, Reply reply) throws IOException {
        session.out().write(reply.wire());
        session.out().flush();
    }

    private static void record(Session session, FtpContext ctx, String verb, String argument, Reply reply) {
        List<String> sent = new ArrayList<>();
        for (Reply r : ctx.preliminary()) {
            sent.add(r.text());
        }
        if (reply != null) {
            sent.add(reply.text());
        }
        session.record(new CommandReceived(session.now(), session.origin(), verb, argument,
                sent.isEmpty() ? null : String.join("\n", sent), ctx.tags()));
        FtpContext.Credential c = ctx.credential();
        if (c != null) {
            session.record(new AuthAttempt(session.now(), session.origin(), "password", c.user(), c.password(),
                    c.success()));
        }
        FtpContext.Upload u = ctx.upload();
        if (u != null) {
            Quarantine.Result r = u.result();
            session.record(new FileReceived(session.now(), session.origin(), "ftp-upload", u.name(), r.size(),
                    r.sha256(), r.stored(), r.truncated()));
        }
        FtpContext.Detection d = ctx.detection();
        if (d != null) {
            session.record(new Misbehaviour(session.now(), session.origin(), d.kind(), d.detail()));
        }
    }
}
