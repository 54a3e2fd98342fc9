package dev.mirage.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code alerts} section: how incidents are grouped and which channels hear of them. A channel
 * is off while it has nowhere to send: e-mail without recipients, empty syslog and webhook lists.
 */
public record Alerts(Duration aggregateWindow, List<Ignore> ignore, Email email, List<Syslog> syslog,
                     boolean localSyslog, List<Webhook> webhooks) {
    public Alerts {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        syslog = syslog == null ? List.of() : List.copyOf(syslog);
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }

    /** Events matching every given field are not alerted on (they are still recorded). Null or empty matches all. */
    public record Ignore(String source, String service, String event) {
    }

    public record Email(Smtp smtp, String from, List<String> detailedTo, List<String> shortTo, Duration heartbeat,
                        String minSeverity) {
        public Email {
            detailedTo = detailedTo == null ? List.of() : List.copyOf(detailedTo);
            shortTo = shortTo == null ? List.of() : List.copyOf(shortTo);
        }

        public boolean enabled() {
            return !detailedTo.isEmpty() || !shortTo.isEmpty();
        }
    }

    /** The relay alerts go through; tls is none, starttls (required) or implicit (SMTPS). */
    public record Smtp(String host, int port, String tls, String username, String password) {
    }

    /** One syslog collector: transport udp, tcp or tls; format rfc5424, rfc3164 or cef. */
    public record Syslog(String host, int port, String transport, String format) {
    }

    /** One HTTP endpoint: format json (ECS), slack or teams; the status that means delivered. */
    public record Webhook(String url, String format, Map<String, String> headers, int expectStatus) {
        public Webhook {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }
}
