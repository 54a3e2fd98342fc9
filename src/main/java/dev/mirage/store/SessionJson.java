package dev.mirage.store;

import dev.mirage.event.EcsJson;
import dev.mirage.util.Visible;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One session as one ECS JSON object: identity, timing, bytes, trap payload and the credentials tried. */
public final class SessionJson {
    private SessionJson() {
    }

    public static String toJson(SessionRow s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("@timestamp", EcsJson.timestamp(Instant.ofEpochMilli(s.startMs())));
        f.put("ecs.version", EcsJson.ECS_VERSION);
        f.put("event.kind", "event");
        f.put("event.action", "session");
        f.put("event.start", EcsJson.timestamp(Instant.ofEpochMilli(s.startMs())));
        if (s.endMs() != null) {
            f.put("event.end", EcsJson.timestamp(Instant.ofEpochMilli(s.endMs())));
            f.put("event.duration", (s.endMs() - s.startMs()) * 1_000_000L);
        }
        f.put("event.reason", s.reason());
        f.put("observer.name", s.sensor());
        f.put("observer.type", "honeypot");
        f.put("network.transport", "tcp");
        f.put("source.ip", s.sourceIp());
        f.put("source.port", s.sourcePort());
        f.put("source.bytes", s.bytesIn());
        f.put("destination.ip", s.destinationIp());
        f.put("destination.port", s.destinationPort());
        f.put("destination.bytes", s.bytesOut());
        f.put("service.name", s.service());
        f.put("service.type", s.trap() ? "trap" : "emulated");
        Set<String> users = new LinkedHashSet<>();
        List<Map<String, Object>> creds = new ArrayList<>();
        for (SessionRow.Credential c : s.credentials()) {
            if (c.user() != null) {
                users.add(c.user());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", c.method());
            m.put("user", c.user());
            m.put("secret", c.secret());
            m.put("outcome", c.success() ? "success" : "failure");
            m.put("time", EcsJson.timestamp(Instant.ofEpochMilli(c.timeMs())));
            m.values().removeIf(v -> v == null);
            creds.add(m);
        }
        if (users.size() == 1) {
            f.put("user.name", users.iterator().next());
        } else if (!users.isEmpty()) {
            f.put("user.name", List.copyOf(users));
        }
        f.put("mirage.session.id", s.id());
        f.put("mirage.session.status", s.status());
        f.put("mirage.attempt.service", s.attemptService());
        f.put("mirage.attempt.total", s.attemptTotal());
        if (s.payload() != null) {
            f.put("mirage.payload.size", s.payload().length);
            f.put("mirage.payload.escaped", Visible.of(s.payload()));
            f.put("mirage.payload.base64", Base64.getEncoder().encodeToString(s.payload()));
            f.put("mirage.payload.truncated", s.payloadTruncated());
        }
        if (!creds.isEmpty()) {
            f.put("mirage.credentials", creds);
        }
        return EcsJson.toJson(f);
    }
}
