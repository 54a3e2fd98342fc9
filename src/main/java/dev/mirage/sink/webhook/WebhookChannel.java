package dev.mirage.sink.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mirage.alert.Alert;
import dev.mirage.alert.AlertText;
import dev.mirage.config.Alerts;
import dev.mirage.sink.Channel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Alerts POSTed as JSON: the generic form in Elastic Common Schema names, or ready for a Slack or
 * Microsoft Teams incoming webhook. Delivered means the endpoint answered with expect-status;
 * anything else is an error the outbox retries.
 */
public final class WebhookChannel implements Channel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Alerts.Webhook config;
    private final HttpClient client;

    public WebhookChannel(Alerts.Webhook config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        URI u = URI.create(config.url());
        // The path of a webhook URL is often its secret: name the host only.
        return "webhook " + config.format() + " " + u.getScheme() + "://" + u.getAuthority() + "/...";
    }

    @Override
    public boolean wants(Alert a) {
        return true;
    }

    @Override
    public void deliver(Alert a) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(config.url())).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(config.format(), a)));
        config.headers().forEach(b::setHeader);
        HttpResponse<Void> r = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != config.expectStatus()) {
            throw new IOException("answered " + r.statusCode() + ", expected " + config.expectStatus());
        }
    }

    static String body(String format, Alert a) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        switch (format) {
            case "slack" -> o.put("text", chat(AlertText.line(a)));
            case "teams" -> {
                o.put("@type", "MessageCard");
                o.put("@context", "https://schema.org/extensions");
                o.put("summary", chat(AlertText.subject(a)));
                o.put("title", chat(AlertText.subject(a)));
                o.put("text", chat(AlertText.line(a)));
            }
            default -> ecs(o, a);
        }
        return JSON.writeValueAsString(o);
    }

    /** Chat services read &lt;...&gt; as links and markup: attacker text shows as text. */
    private static String chat(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void ecs(ObjectNode o, Alert a) {
        o.put("@timestamp", a.time().toString());
        o.put("message", AlertText.line(a));
        ObjectNode event = o.putObject("event");
        event.put("kind", "alert");
        event.put("action", "alert." + a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        event.put("severity", a.severity().ordinal() + 1);
        event.putArray("category").add("intrusion_detection");
        ObjectNode observer = o.putObject("observer");
        observer.put("name", a.sensor());
        observer.put("type", "honeypot");
        if (a.sourceIp() != null) {
            o.putObject("source").put("ip", a.sourceIp());
            o.putObject("service").put("name", a.service());
        }
        ObjectNode alert = o.putObject("alert");
        alert.put("severity", a.severity().label());
        alert.put("sessions", a.sessions());
        if (a.attempt() != null) {
            alert.put("attempt", a.attempt().service());
            alert.put("attempt_total", a.attempt().total());
        }
        var services = alert.putArray("services");
        a.services().forEach(s -> services.addObject().put("name", s.service()).put("sessions", s.sessions()));
        var creds = alert.putArray("credentials");
        a.credentials().forEach(creds::add);
        var notes = alert.putArray("notes");
        a.notes().forEach(notes::add);
        if (a.heartbeat() != null) {
            alert.put("uptime_s", a.heartbeat().uptime().toSeconds());
            alert.put("listeners", a.heartbeat().listeners());
            alert.put("events", a.heartbeat().events());
        }
    }
}
