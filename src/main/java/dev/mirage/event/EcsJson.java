package dev.mirage.event;

import dev.mirage.util.Visible;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an event, with Elastic Common Schema names ({@code source.ip}, {@code event.action}
 * ...) as nested objects, and Mirage's own fields under {@code mirage.*}. Output is pure ASCII: any
 * attacker text is JSON-escaped, and payloads also come as base64 and as a visible escape.
 */
public final class EcsJson {
    public static final String ECS_VERSION = "8.11.0";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EcsJson() {
    }

    public static String timestamp(Instant t) {
        return TIME.format(t);
    }

    /** The event as flat dotted ECS keys, in output order. */
    public static Map<String, Object> fields(Event e) {
        EcsDoc doc = new EcsDoc();
        fill(doc, e, new Writer());
        return doc.toMap();
    }

    /** Puts the event's fields into doc; times are formatted by the writer's cache. */
    static void fill(EcsDoc f, Event e, Writer w) {
        f.put("@timestamp", w.time(e.time()));
        f.put("ecs.version", ECS_VERSION);
        f.put("event.kind", "event");
        f.put("event.action", e.action());
        Origin o = e.origin();
        if (o != null) {
            origin(f, o);
        }
        switch (e) {
            case SensorStarted s -> {
                f.put("observer.name", s.sensor());
                f.put("observer.type", "honeypot");
                f.put("observer.version", s.version());
                f.put("mirage.profile", s.profile());
                f.put("mirage.personality", s.personality());
                f.put("mirage.listeners.listening", s.listening());
                f.put("mirage.listeners.failed", s.failed());
            }
            case SensorStopped s -> {
                f.put("observer.name", s.sensor());
                f.put("observer.type", "honeypot");
                f.put("mirage.totals.sessions", s.sessions());
                f.put("mirage.totals.refused", s.refused());
                f.put("mirage.totals.backpressure", s.backpressure());
            }
            case ListenerStatus s -> {
                f.put("observer.name", s.sensor());
                f.put("observer.type", "honeypot");
                f.put("service.name", s.service());
                f.put("mirage.listener.key", s.key());
                f.put("mirage.listener.address", s.address());
                f.put("mirage.listener.port", s.port());
                f.put("mirage.listener.listening", s.listening());
                f.put("error.message", s.reason());
            }
            case SessionOpened s -> {
            }
            case SessionRefused s -> f.put("event.reason", s.reason());
            case SessionClosed s -> {
                f.put("event.reason", s.reason());
                f.put("event.start", w.time(o.start()));
                f.put("event.end", w.time(s.time()));
                f.put("event.duration", Duration.between(o.start(), s.time()).toNanos());
                f.put("source.bytes", s.bytesIn());
                f.put("destination.bytes", s.bytesOut());
            }
            case TrapHit s -> {
                payload(f, s.payload());
                f.put("mirage.payload.truncated", s.truncated());
            }
            case TranscriptChunk s -> {
                f.put("mirage.transcript.part", s.part());
                f.put("mirage.transcript.size", s.frames().length);
                f.put("mirage.transcript.text", TranscriptChunk.text(s.frames()));
                f.put("mirage.transcript.base64", Base64.getEncoder().encodeToString(s.frames()));
                f.put("mirage.transcript.truncated", s.truncated());
            }
            case LimitReached s -> {
                f.put("mirage.limit.name", s.limit());
                f.put("mirage.limit.value", s.value());
            }
            case CommandReceived s -> {
                f.put("mirage.command.verb", s.verb());
                f.put("mirage.command.argument", s.argument());
                f.put("mirage.command.reply", s.reply());
                f.put("mirage.tags", s.tags().isEmpty() ? null : s.tags());
            }
            case ClientInfo s -> {
                f.put("mirage.client.kind", s.kind());
                f.put("user_agent.original", s.value());
            }
            case FileReceived s -> {
                f.put("mirage.file.kind", s.kind());
                f.put("file.name", s.name());
                f.put("file.size", s.size());
                f.put("file.hash.sha256", s.sha256());
                f.put("mirage.file.stored", s.stored());
                f.put("mirage.file.truncated", s.truncated());
            }
            case Misbehaviour s -> {
                f.put("mirage.misbehaviour.kind", s.what());
                f.put("mirage.misbehaviour.detail", s.detail());
            }
            case DecoyCredentialUsed s -> {
                f.put("mirage.auth.method", s.method());
                f.put("user.name", s.user());
                f.put("file.path", s.file());
                f.put("mirage.decoy.strength", s.strength());
            }
            case HttpRequest s -> {
                f.put("http.request.method", s.method());
                f.put("url.original", s.target());
                f.put("http.version", s.version());
                List<Map<String, Object>> headers = new java.util.ArrayList<>();
                for (HttpRequest.Header h : s.headers()) {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("name", h.name());
                    m.put("value", h.value());
                    headers.add(m);
                }
                f.put("mirage.http.headers", headers);
                for (HttpRequest.Header h : s.headers()) {
                    if (h.name().equalsIgnoreCase("user-agent")) {
                        f.put("user_agent.original", h.value());
                        break;
                    }
                }
                f.put("http.request.body.bytes", s.body().length);
                f.put("http.request.body.content", Visible.of(s.body()));
                f.put("mirage.http.body-truncated", s.bodyTruncated());
                f.put("http.response.status_code", s.status());
                f.put("mirage.tags", s.tags().isEmpty() ? null : s.tags());
            }
            case AuthAttempt s -> {
                f.put("user.name", s.user());
                f.put("mirage.auth.method", s.method());
                f.put("mirage.auth.secret", s.secret());
                f.put("event.outcome", s.success() ? "success" : "failure");
            }
        }
    }

    private static void origin(EcsDoc f, Origin o) {
        f.put("observer.name", o.sensor());
        f.put("observer.type", "honeypot");
        f.put("network.transport", "tcp");
        f.put("source.ip", o.sourceIp());
        f.put("source.port", o.sourcePort());
        f.put("destination.ip", o.destinationIp());
        f.put("destination.port", o.destinationPort());
        f.put("service.name", o.service());
        f.put("service.type", o.trap() ? "trap" : "emulated");
        f.put("mirage.session.id", o.sessionId());
    }

    private static void payload(EcsDoc f, byte[] data) {
        f.put("mirage.payload.size", data.length);
        f.put("mirage.payload.escaped", Visible.of(data));
        f.put("mirage.payload.base64", Base64.getEncoder().encodeToString(data));
    }

    /** One JSON object, nested by the dots in the keys, on one line (no newline at the end). */
    public static String toJson(Map<String, Object> flat) {
        EcsDoc doc = new EcsDoc();
        flat.forEach(doc::put);
        EcsDoc.Out out = new EcsDoc.Out();
        doc.writeTo(out);
        return out.toAscii();
    }

    public static String toJson(Event e) {
        return new Writer().json(e);
    }

    /**
     * Serialises events one after another with reused buffers, for the recorder's single thread.
     * The timestamp's text up to the second is cached: events come in bursts within one second.
     */
    public static final class Writer {
        private final EcsDoc doc = new EcsDoc();
        private final EcsDoc.Out out = new EcsDoc.Out();
        private long lastSecond = Long.MIN_VALUE;
        private String secondPrefix;

        /** The event's JSON as ASCII bytes in a buffer valid until the next call. */
        public EcsDoc.Out write(Event e) {
            doc.clear();
            fill(doc, e, this);
            out.reset();
            doc.writeTo(out);
            return out;
        }

        public String json(Event e) {
            return write(e).toAscii();
        }

        /** ISO-8601 UTC with milliseconds; the text up to the second is cached. */
        String time(Instant t) {
            long second = t.getEpochSecond();
            if (second != lastSecond) {
                lastSecond = second;
                String full = timestamp(t);
                secondPrefix = full.substring(0, full.length() - 4);
            }
            int ms = t.getNano() / 1_000_000;
            return secondPrefix + (char) ('0' + ms / 100) + (char) ('0' + ms / 10 % 10) + (char) ('0' + ms % 10) + 'Z';
        }
    }
}
