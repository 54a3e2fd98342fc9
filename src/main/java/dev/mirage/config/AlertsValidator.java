package dev.mirage.config;

import dev.mirage.util.Cidr;
import dev.mirage.alert.Severity;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Checks the alerts section: known words, ranges, addresses and URLs, each error naming its key. */
final class AlertsValidator {
    private static final Set<String> TLS = Set.of("none", "starttls", "implicit");
    private static final Set<String> TRANSPORTS = Set.of("udp", "tcp", "tls");
    private static final Set<String> SYSLOG_FORMATS = Set.of("rfc5424", "rfc3164", "cef");
    private static final Set<String> HOOK_FORMATS = Set.of("json", "slack", "teams");

    private AlertsValidator() {
    }

    static void validate(Alerts a) {
        if (a.aggregateWindow().isZero()) {
            throw new ConfigException("alerts.aggregate-window", "0", "would open an incident per event",
                    "use a span such as 60s");
        }
        for (int i = 0; i < a.ignore().size(); i++) {
            Alerts.Ignore r = a.ignore().get(i);
            String key = "alerts.ignore[" + i + "]";
            if (blank(r.source()) && blank(r.service()) && blank(r.event())) {
                throw new ConfigException(key, null, "matches every event", "give a source, service or event");
            }
            if (!blank(r.source()) && Cidr.parse(r.source()) == null) {
                throw new ConfigException(key + ".source", r.source(), "is not an IP address or CIDR block",
                        "write e.g. 192.0.2.7, 10.0.0.0/8 or 2001:db8::/32");
            }
        }
        email(a.email());
        for (int i = 0; i < a.syslog().size(); i++) {
            Alerts.Syslog s = a.syslog().get(i);
            String key = "alerts.syslog[" + i + "]";
            text(key + ".host", s.host());
            port(key + ".port", s.port());
            oneOf(key + ".transport", s.transport(), TRANSPORTS);
            oneOf(key + ".format", s.format(), SYSLOG_FORMATS);
        }
        for (int i = 0; i < a.webhooks().size(); i++) {
            Alerts.Webhook w = a.webhooks().get(i);
            String key = "alerts.webhooks[" + i + "]";
            url(key + ".url", w.url());
            oneOf(key + ".format", w.format(), HOOK_FORMATS);
            if (w.expectStatus() < 100 || w.expectStatus() > 599) {
                throw new ConfigException(key + ".expect-status", w.expectStatus(), "is not an HTTP status",
                        "use the status your endpoint answers with, e.g. 200 or 204");
            }
            w.headers().forEach((name, value) -> {
                if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+") || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                    throw new ConfigException(key + ".headers." + name, value, "is not a valid HTTP header",
                            "use a token as the name and a value without control characters");
                }
            });
        }
    }

    private static void email(Alerts.Email e) {
        Alerts.Smtp s = e.smtp();
        oneOf("alerts.email.smtp.tls", s.tls(), TLS);
        Severity min = Severity.parse(e.minSeverity());
        if (min == null) {
            throw new ConfigException("alerts.email.min-severity", e.minSeverity(), "is not a severity",
                    "use low, medium or high");
        }
        if (e.heartbeat().isNegative()) {
            throw new ConfigException("alerts.email.heartbeat", Spans.format(e.heartbeat()), "is negative", "use e.g. 1h, or 0s for off");
        }
        if (!e.enabled()) {
            return;
        }
        text("alerts.email.smtp.host", s.host());
        port("alerts.email.smtp.port", s.port());
        text("alerts.email.from", e.from());
        addresses("alerts.email.detailed-to", e.detailedTo());
        addresses("alerts.email.short-to", e.shortTo());
        if (blank(s.username()) != blank(s.password())) {
            throw new ConfigException("alerts.email.smtp." + (blank(s.username()) ? "username" : "password"), null,
                    "is empty while the other of username and password is set", "give both, or neither");
        }
    }

    private static void addresses(String key, List<String> list) {
        for (int i = 0; i < list.size(); i++) {
            String addr = list.get(i);
            if (addr == null || !addr.matches("[^@\\s<>\",;]+@[^@\\s<>\",;]+")) {
                throw new ConfigException(key + "[" + i + "]", addr, "is not a mail address", "write e.g. soc@example.org");
            }
        }
    }

    private static void url(String key, String url) {
        text(key, url);
        try {
            URI u = URI.create(url);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException ex) {
            throw new ConfigException(key, url, "is not an http or https URL", "write e.g. https://hooks.example/abc");
        }
    }

    private static void oneOf(String key, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new ConfigException(key, value, "is not one of " + String.join(", ", allowed.stream().sorted().toList()),
                    "use one of: " + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    private static void port(String key, int port) {
        if (port < 1 || port > 65535) {
            throw new ConfigException(key, port, "is out of range", "use a port from 1 to 65535");
        }
    }

    private static void text(String key, String value) {
        if (blank(value)) {
            throw new ConfigException(key, value, "is empty", "give it a value");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
