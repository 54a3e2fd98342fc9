package dev.mirage.service.http;

import dev.mirage.config.ConfigException;
import dev.mirage.config.MirageConfig;
import dev.mirage.event.AuthAttempt;
import dev.mirage.event.HttpRequest;
import dev.mirage.event.Misbehaviour;
import dev.mirage.personality.Pause;
import dev.mirage.service.http.commands.Exchange;
import dev.mirage.service.http.commands.HttpCommand;
import dev.mirage.service.http.commands.Methods;
import dev.mirage.session.LimitExceededException;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import dev.mirage.session.Session;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 and 1.1 (RFC 9110, RFC 9112) as the profile's web server answers them. The loop reads
 * one bounded request at a time, keeps the connection while the server would (at most
 * keep-alive-max requests), and is the one place that records: an {@code http.request} event per
 * request with the status sent (0 when none was: the client left mid-request, or a failing server
 * dropped it), an {@code auth.attempt} per Basic credential (RFC 7617) tried anywhere, and a
 * {@code misbehaviour} the aggressive personality detected. What the personality changes comes
 * from {@link HttpPolicy}.
 */
public final class HttpService implements Service {
    private final HttpTexts texts;
    private final HttpPolicy policy;
    private final Site site;
    private final String authPath;
    private final int bodyMax;
    private final String host;
    private final ResponseWriter writer;
    private final ServiceContext ctx;

    public HttpService(ServiceContext ctx) {
        this.ctx = ctx;
        this.texts = ctx.profile().section("http", HttpTexts.class);
        MirageConfig.Http cfg = ctx.config().services().http();
        this.policy = HttpPolicy.of(ctx.personality("http"));
        String auth = cfg.authPath() == null || cfg.authPath().isBlank() ? "/admin/" : cfg.authPath().strip();
        auth = (auth.startsWith("/") ? "" : "/") + auth;
        this.authPath = auth.endsWith("/") ? auth : auth + "/";
        this.bodyMax = cfg.bodyMax().asInt();
        this.host = ctx.profile().hostName();
        this.writer = new ResponseWriter(texts);
        this.site = new Site(texts, pagesRoot(cfg.pages()), authPath, defaultMtime(texts));
    }

    private static Path pagesRoot(String pages) {
        if (pages == null || pages.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(pages);
            if (!Files.isDirectory(p)) {
                throw new ConfigException("services.http.pages", pages, "is not a folder",
                        "create it, or set services.http.pages to \"\" for the profile's default pages");
            }
            return p.toRealPath();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new ConfigException("services.http.pages", pages, "cannot be read: " + e.getMessage(),
                    "name a readable folder");
        }
    }

    private static long defaultMtime(HttpTexts t) {
        try {
            return LocalDateTime.parse(t.indexLastModified(), DateTimeFormatter.ofPattern(t.dateFormat(), Locale.US))
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ConfigException("profile: services.http.index-last-modified", t.indexLastModified(),
                    "does not fit date-format " + t.dateFormat(), "fix the profile");
        }
    }

    /** The configured port when port-offset moved the listener off it, else the port connected to. */
    private int claimedPort(Session session) {
        int local = session.origin().destinationPort();
        int configured = ctx.config().services().http().port();
        return configured > 0 && ctx.config().effectivePort(configured) == local ? configured : local;
    }

    @Override
    public void serve(Session session) throws IOException {
        HttpState state = new HttpState(claimedPort(session), ctx.chance("http"), policy, texts);
        int maxLine = session.limits().maxLine();
        int idle = (int) Math.min(Integer.MAX_VALUE, session.limits().idle().toMillis());
        HttpReader in = new HttpReader(session.in(), maxLine);
        OutputStream out = new BufferedOutputStream(session.out(), 8192);
        Replies replies = new Replies(texts, writer, host, maxLine);
        while (true) {
            if (state.requests() > 0) {
                session.timeout(Math.min(idle, state.keepAliveTimeout() * 1000));
            }
            RequestParser parser = new RequestParser(in, bodyMax, texts.oneOne() ? () -> writer.writeContinue(out) : () -> { });
            Request req;
            try {
                req = parser.read();
            } catch (SocketTimeoutException e) {
                Request part = parser.partial();
                if (part == null && state.requests() > 0) {
                    session.closeReason("keepalive-timeout");
                    return;
                }
                recordPartial(session, part);
                throw e;
            } catch (IOException e) {
                recordPartial(session, parser.partial());
                throw e;
            }
            if (req == null) {
                session.closeReason("peer");
                return;
            }
            state.requestStarted();
            if (req.problem() == Request.Problem.INCOMPLETE) {
                // A half request is recorded, never answered (the client has gone).
                record(session, req, Tagger.tags(req), 0);
                session.closeReason("peer");
                return;
            }
            String ending = answer(req, state, replies, session, out);
            if (ending != null) {
                if (ending.equals("detected")) {
                    linger(in, session);
                }
                session.closeReason(ending);
                return;
            }
            if (req.problem() == Request.Problem.LINE_TOO_LONG || req.problem() == Request.Problem.FIELD_TOO_LONG) {
                linger(in, session);
                throw new LimitExceededException("max-line", maxLine);
            }
            if (req.simple() || !state.keepAlive()) {
                linger(in, session);
                return;
            }
        }
    }

    /**
     * Answers one request as the policy says and records it (with its credentials, and a misuse
     * the aggressive personality detected). Returns null when the connection may go on, else the
     * session's close reason: "detected" after the detected page, "failing" after a dropped or
     * cut-short answer.
     */
    private String answer(Request req, HttpState state, Replies r, Session session, OutputStream out)
            throws IOException {
        Instant now = session.now();
        List<String> tags = Tagger.tags(req);
        List<AuthAttempt> attempts = new ArrayList<>();
        credentials(req, session, attempts);
        attempts.forEach(session::record);
        Misuse.Found misuse = policy.detects() ? Misuse.of(req, tags) : null;
        if (misuse != null) {
            String uri = Uris.removeDots(Uris.decode(Uris.split(req.target(), false).path()).path());
            Response res = r.detected(state.port(req), uri);
            state.close();
            record(session, req, tags, res.status());
            session.record(new Misbehaviour(session.now(), session.origin(), misuse.kind(), misuse.detail()));
            writer.write(out, req, res, state, now);
            return "detected";
        }
        String raw = texts.rawReplies().get(req.method());
        if (raw != null) {
            record(session, req, tags, Integer.parseInt(raw.substring(9, 12)));
            out.write(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.flush();
            return "done";
        }
        Response res = dispatch(req, state, r, attempts);
        HttpPolicy.Fault fault = policy.fault(state.dice());
        Pause.of(Math.min(policy.delay(state.dice()), HttpPolicy.MAX_DELAY_MILLIS));
        if (fault == HttpPolicy.Fault.CUT_SHORT && (req.headOnly() || res.bodyLength() == 0)) {
            fault = HttpPolicy.Fault.DROPPED;
        }
        switch (fault) {
            case DROPPED -> {
                record(session, req, tags, 0);
                return "failing";
            }
            case CUT_SHORT -> {
                record(session, req, tags, res.status());
                writer.write(out, req, res, state, now, policy.cutAt(state.dice(), res.bodyLength()));
                return "failing";
            }
            case INTERNAL_ERROR -> res = r.internalError(state.port(req));
            case UNAVAILABLE -> res = r.unavailable(state.port(req));
            case NONE -> {
            }
        }
        record(session, req, tags, res.status());
        writer.write(out, req, res, state, now);
        return null;
    }


    private Response dispatch(Request req, HttpState state, Replies r, List<AuthAttempt> attempts) {
        int port = state.port(req);
        switch (req.problem()) {
            case LINE_TOO_LONG -> {
                return r.canned(414, port, Map.of());
            }
            case FIELD_TOO_LONG -> {
                return r.canned(400, port, Map.of("notes", r.note("field-too-long", req.note())));
            }
            case TOO_MANY_FIELDS -> {
                return r.canned(400, port, Map.of("notes", r.note("too-many-fields", null)));
            }
            case MISSING_COLON -> {
                return r.canned(400, port, Map.of("notes", r.note("missing-colon", req.note())));
            }
            case NUL_IN_LINE, BAD_LENGTH, BAD_CHUNK -> {
                return r.canned(400, port, Map.of());
            }
            case UNKNOWN_CODING -> {
                return r.canned(501, port, Map.of("method", r.html(req.method()),
                        "uri", r.html(Uris.split(req.target(), false).path())));
            }
            default -> {
            }
        }
        if (req.simple() && req.headOnly()) {
            return r.canned(400, port, Map.of());
        }
        // An HTTP/1.0 server knew neither Host nor Expect: it goes straight to the resource.
        if (texts.oneOne()) {
            if (req.proto() >= Request.HTTP_1_1 && req.header("Host") == null) {
                // RFC 9112 section 3.2: an HTTP/1.1 request without Host is answered 400.
                return r.canned(400, port, Map.of());
            }
            String expect = req.header("Expect");
            if (expect != null && !expect.isEmpty() && !expect.equalsIgnoreCase("100-continue")) {
                return r.canned(417, port, Map.of("expect", r.html(expect)));
            }
        }
        Uris.Target target = Uris.split(req.target(), req.method().equals("CONNECT"));
        Uris.Decoded decoded = Uris.decode(target.path());
        if (decoded.status() == 400) {
            return r.canned(400, port, Map.of());
        }
        if (decoded.status() == 404) {
            return r.canned(404, port, Map.of("uri", r.html(target.path())));
        }
        String uri = Uris.removeDots(decoded.path());
        HttpCommand command = Methods.lookup(req.method());
        if (policy.traceRefused() && req.method().equals("TRACE")) {
            return r.canned(403, port, Map.of("uri", r.html(uri)));
        }
        if (command.early()) {
            return unwrap(command.handle(exchange(req, uri, Exchange.Resource.MISSING, null, r, state)));
        }
        if (!uri.startsWith("/") && !uri.equals("*")) {
            return r.canned(400, port, Map.of());
        }
        if (uri.equals("*")) {
            Exchange.Resource none = Exchange.Resource.MISSING;
            return unwrap(command.handle(exchange(req, uri, none, null, r, state)));
        }
        if (uri.startsWith(authPath) && !authorised(attempts)) {
            return r.canned(401, port, Map.of(), List.of(Response.header("WWW-Authenticate", r.realmHeader())));
        }
        Site.Resource res = site.lookup(uri);
        if (res instanceof Site.Dir d) {
            if (!d.slash()) {
                return redirect(r, port, escape(uri) + "/" + (target.query() != null ? "?" + target.query() : ""));
            }
            Site.Page index = site.index(uri);
            if (index != null && uri.equals("/") && (req.method().equals("GET") || req.method().equals("HEAD"))
                    && policy.redirectsRoot(state.dice())) {
                return redirect(r, port, escape(index.uri()));
            }
            res = index != null ? index : new Site.Forbidden();
            uri = index != null ? index.uri() : uri;
        }
        Exchange.Resource kind = switch (res) {
            case Site.Page p -> Exchange.Resource.PAGE;
            case Site.Forbidden f -> Exchange.Resource.FORBIDDEN;
            default -> Exchange.Resource.MISSING;
        };
        return unwrap(command.handle(exchange(req, uri, kind, res instanceof Site.Page p ? p : null, r, state)));
    }

    /** 301 to a path of this server, named absolutely as the server's canonical name gives it. */
    private Response redirect(Replies r, int port, String pathAndQuery) {
        String location = "http://" + host + (port == 80 ? "" : ":" + port) + pathAndQuery;
        return r.canned(301, port, Map.of("location", r.html(location)), List.of(Response.header("Location", location)));
    }

    /** Every Basic credential of the request becomes an attempt; only auth-path can let one in. */
    private void credentials(Request req, Session session, List<AuthAttempt> attempts) {
        Uris.Target t = Uris.split(req.target(), false);
        String uri = Uris.removeDots(Uris.decode(t.path()).path());
        boolean guarded = uri.startsWith(authPath);
        for (HttpRequest.Header h : req.headers()) {
            if (!h.name().equalsIgnoreCase("Authorization")) {
                continue;
            }
            BasicAuth.Credential c = BasicAuth.parse(h.value());
            if (c == null) {
                continue;
            }
            boolean ok = guarded && c.decoded() && policy.weakCredentialsWork() && texts.weakCredentials().stream()
                    .anyMatch(w -> w.user().equals(c.user()) && w.password().equals(c.password()));
            attempts.add(new AuthAttempt(session.now(), session.origin(), "basic", c.user(), c.password(), ok));
        }
    }

    private static boolean authorised(List<AuthAttempt> attempts) {
        return attempts.stream().anyMatch(AuthAttempt::success);
    }

    /** The answers of one exchange, built on demand by the command. */
    private record Answer(Response response) implements Exchange.Reply {
    }

    private Exchange exchange(Request req, String uri, Exchange.Resource kind, Site.Page page, Replies r,
                              HttpState state) {
        int port = state.port(req);
        Exchange.Answers answers = new Exchange.Answers() {
            @Override
            public Exchange.Reply page() {
                return new Answer(r.page(page, Instant.now(), state.pageAge()));
            }

            @Override
            public Exchange.Reply status(int code) {
                return new Answer(r.canned(code, port, Map.of("uri", r.html(uri), "method", r.html(req.method()))));
            }

            @Override
            public Exchange.Reply options() {
                return new Answer(r.options());
            }

            @Override
            public Exchange.Reply trace() {
                return new Answer(r.trace(req));
            }
        };
        return new Exchange(req.method(), uri, kind, answers);
    }

    private static Response unwrap(Exchange.Reply reply) {
        return ((Answer) reply).response();
    }

    private void record(Session session, Request req, List<String> tags, int status) {
        session.record(new HttpRequest(session.now(), session.origin(), req.method(), req.target(),
                req.recordedVersion(), req.headers(), req.body(), req.bodyTruncated(), status, tags));
    }

    private void recordPartial(Session session, Request part) {
        if (part != null) {
            record(session, part, Tagger.tags(part), 0);
        }
    }

    /**
     * Before closing with input still unread, read it away for a moment (the server's lingering
     * close), so the client gets our answer rather than a reset that discards it.
     */
    private static void linger(HttpReader in, Session session) {
        if (!in.hasPending()) {
            return;
        }
        long deadline = System.currentTimeMillis() + 2000;
        byte[] sink = new byte[8192];
        try {
            session.timeout(500);
            while (System.currentTimeMillis() < deadline && in.read(sink, 0, sink.length) >= 0) {
                // Discarded: the requests past the close are not served.
            }
        } catch (IOException e) {
            // End of the linger: timeout, byte limit or reset.
        }
    }

    /** Percent-encodes what may not stand in a Location path (RFC 3986 section 3.3). */
    private static String escape(String path) {
        StringBuilder b = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                b.append(c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
