package dev.mirage.service.http;

import dev.mirage.net.Echo;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a request is something no visitor of a web site does: asking for a password file, or an
 * exploit (what {@link Tagger} names, shell commands chained into the target, or a request line or
 * header field past the server's limit, the shape of a buffer overflow). The aggressive
 * personality answers these with the detected page; the kinds are those of docs/EVENTS.md.
 */
final class Misuse {
    /** A misuse: its kind and what was sent. */
    record Found(String kind, String detail) {
    }

    /** Longest detail kept: the target is evidence, but the http.request event has it whole. */
    private static final int DETAIL_MAX = 512;

    private static final Pattern PASSWORD_FILE = Pattern.compile(
            "(^|[/\\\\=])(etc[/\\\\](passwd|shadow|master\\.passwd|security[/\\\\]passwd)|\\.htpasswd"
                    + "|(system32[/\\\\]config|repair)[/\\\\]sam(\\._)?)($|[^a-z0-9_.-])");
    private static final Pattern SHELL = Pattern.compile(
            "(;|\\||&&|`|\\$\\(|\\$\\{ifs\\})\\s*(/bin/|/usr/bin/)?"
                    + "(id|uname|cat|ls|wget|curl|sh|bash|nc|netcat|echo|ping|whoami|rm|chmod|perl|python|tftp|ftp)\\b");

    private Misuse() {
    }

    /** The misuse of a request with these tags, or null for an ordinary request. */
    static Found of(Request req, List<String> tags) {
        Uris.Target t = Uris.split(req.target(), false);
        String path = Tagger.decoded(t.path().toLowerCase(Locale.ROOT));
        String query = t.query() == null ? "" : Tagger.decoded(t.query().toLowerCase(Locale.ROOT));
        String detail = Echo.safe(req.target(), DETAIL_MAX);
        if (PASSWORD_FILE.matcher(path).find() || PASSWORD_FILE.matcher(query).find()) {
            return new Found("password-file", detail);
        }
        boolean overflow = req.problem() == Request.Problem.LINE_TOO_LONG
                || req.problem() == Request.Problem.FIELD_TOO_LONG;
        if (overflow || !tags.isEmpty() || SHELL.matcher(path).find() || SHELL.matcher(query).find()) {
            return new Found("exploit", detail);
        }
        return null;
    }
}
