package dev.mirage.service.http;

import dev.mirage.event.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names the well-known attacks a request looks like, for {@code mirage.tags}. One row per tag: the
 * parts of the request it looks at and the test. Each part is seen raw, lower-cased, and decoded
 * (percent escapes up to three times over, '+' as space, the overlong UTF-8 slashes of the IIS
 * Unicode bug), so simple encodings do not hide an attack.
 */
final class Tagger {
    /** The parts of a request a rule reads. */
    enum Part { TARGET, PATH, QUERY, HEADERS, BODY }

    /** A tag and when it applies. */
    record Rule(String tag, List<Part> parts, Predicate<String> test) {
    }

    private static final Pattern TRAVERSAL = Pattern.compile(
            "\\.\\.[/\\\\]|[/\\\\]\\.\\.$|%2e%2e|\\.\\.%2f|\\.\\.%5c|%2e\\.|\\.%2e|%252e|%c0%ae|%c0%af|%c1%9c|%c1%1c|%u002e|%e0%80%ae");
    private static final Pattern CODE_RED = Pattern.compile("/default\\.ida\\?[nx]{8,}");
    private static final Pattern NIMDA = Pattern.compile(
            "(cmd|root)\\.exe|/(scripts|msadc|_vti_bin|_mem_bin|iisadmpwd|c|d)/\\.\\.(%c0%af|%c1%1c|%c1%9c|%255c|%%35c|%25%35%63|%5c)");
    private static final Pattern SHELLSHOCK = Pattern.compile("\\(\\s*\\)\\s*\\{");
    private static final Pattern SQL = Pattern.compile(String.join("|",
            "union(\\s|/\\*[^*]{0,64}\\*/){1,8}(all(\\s|/\\*[^*]{0,64}\\*/){1,8})?select",
            "'\\s*or\\s*'?[\\w]*'?\\s*=\\s*'?[\\w]*",
            "\\bor\\s+\\d+\\s*=\\s*\\d+",
            "\\b(sleep|benchmark|pg_sleep|extractvalue|updatexml|load_file)\\s*\\(",
            "waitfor\\s+delay\\s+'",
            "information_schema",
            ";\\s*(drop|delete|insert|update|shutdown)\\s",
            "'\\s*(--|#|/\\*)",
            "\\bselect\\b[^;]{1,200}?\\bfrom\\b[^;]{1,200}?\\bwhere\\b",
            "\\b(xp_cmdshell|char\\(\\d+\\)|concat\\(0x)"));
    private static final Pattern WEB_SHELL_PATH = Pattern.compile(
            "/(shell|c99|c100|r57|cmd|wso|b374k|webshell|alfa|indoxploit|mini|sh3ll|up|x|1|zz)\\.(php\\d?|phtml|asp|aspx|jsp|cgi|pl)$");
    private static final Pattern WEB_SHELL_QUERY = Pattern.compile("(^|[&;])(cmd|exec|command|execute|shell)=");

    /** Each part is scanned up to this many characters, so tagging stays cheap whatever the client sends. */
    static final int SCAN_MAX = 16 * 1024;

    static final List<Rule> RULES = List.of(
            new Rule("path-traversal", List.of(Part.TARGET), s -> TRAVERSAL.matcher(s).find()),
            new Rule("code-red", List.of(Part.TARGET), s -> CODE_RED.matcher(s).find()),
            new Rule("nimda", List.of(Part.TARGET), s -> NIMDA.matcher(s).find()),
            new Rule("shellshock", List.of(Part.HEADERS, Part.TARGET), s -> SHELLSHOCK.matcher(s).find()),
            new Rule("jndi", List.of(Part.TARGET, Part.HEADERS, Part.BODY), Tagger::jndi),
            new Rule("sql-injection", List.of(Part.QUERY, Part.BODY), s -> SQL.matcher(s).find()),
            new Rule("web-shell", List.of(Part.PATH), s -> WEB_SHELL_PATH.matcher(s).find()),
            new Rule("web-shell", List.of(Part.QUERY), s -> WEB_SHELL_QUERY.matcher(s).find()));

    private Tagger() {
    }

    /** The tags of a request, each once, in table order. */
    static List<String> tags(Request r) {
        Uris.Target t = Uris.split(r.target(), false);
        List<String> tags = new ArrayList<>();
        for (Rule rule : RULES) {
            if (tags.contains(rule.tag())) {
                continue;
            }
            for (Part p : rule.parts()) {
                if (matches(rule, text(r, t, p))) {
                    tags.add(rule.tag());
                    break;
                }
            }
        }
        return tags;
    }

    private static boolean matches(Rule rule, String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = (text.length() > SCAN_MAX ? text.substring(0, SCAN_MAX) : text).toLowerCase(Locale.ROOT);
        return rule.test().test(lower) || rule.test().test(decoded(lower));
    }

    private static String text(Request r, Uris.Target t, Part p) {
        return switch (p) {
            case TARGET -> r.target();
            case PATH -> t.path();
            case QUERY -> t.query();
            case HEADERS -> {
                StringBuilder b = new StringBuilder();
                for (HttpRequest.Header h : r.headers()) {
                    b.append(h.name()).append(": ").append(h.value()).append('\n');
                }
                yield b.toString();
            }
            case BODY -> new String(r.body(), StandardCharsets.ISO_8859_1);
        };
    }

    /** Up to three rounds of percent-decoding, '+' as space, and the overlong UTF-8 forms of '/' and '\'. */
    static String decoded(String s) {
        String d = s;
        for (int round = 0; round < 3 && d.indexOf('%') >= 0; round++) {
            String next = d.replace("%c0%af", "/").replace("%c1%9c", "\\").replace("%c1%1c", "/")
                    .replace("%e0%80%af", "/").replace("%u002e", ".").replace("%u002f", "/");
            next = Uris.decode(next).path().toLowerCase(Locale.ROOT);
            if (next.equals(d)) {
                break;
            }
            d = next;
        }
        return d.replace('+', ' ');
    }

    private static final Pattern LOOKUP_CASE = Pattern.compile("\\$\\{(?:lower|upper):([^${}]*)\\}");
    private static final Pattern LOOKUP_DEFAULT = Pattern.compile("\\$\\{[^${}]*?:-([^${}]*)\\}");
    private static final Pattern LOOKUP_DATE = Pattern.compile("\\$\\{date:'([^']*)'\\}");

    /** A Log4j lookup of "jndi:", also when spelt with nested lookups such as ${${lower:j}ndi:...}. */
    static boolean jndi(String s) {
        if (s.indexOf("${") < 0) {
            return false;
        }
        String t = s;
        for (int round = 0; round < 12; round++) {
            if (t.contains("${jndi:")) {
                return true;
            }
            String next = LOOKUP_CASE.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
            next = LOOKUP_DEFAULT.matcher(next).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
            next = LOOKUP_DATE.matcher(next).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
            next = next.toLowerCase(Locale.ROOT);
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t.contains("${jndi:");
    }
}
