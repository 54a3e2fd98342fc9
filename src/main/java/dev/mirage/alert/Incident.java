package dev.mirage.alert;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.CommandReceived;
import dev.mirage.event.Event;
import dev.mirage.event.DecoyCredentialUsed;
import dev.mirage.event.FileReceived;
import dev.mirage.event.Misbehaviour;
import dev.mirage.event.HttpRequest;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.SessionRefused;
import dev.mirage.event.TrapHit;
import dev.mirage.event.TranscriptChunk;
import dev.mirage.util.Visible;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one source did within one aggregation window. The part before the opening alert goes into
 * it; what comes after is gathered for the one follow-up. Every list is capped: a source that
 * tries a million passwords costs a few kilobytes here.
 */
final class Incident {
    private static final int MAX_ITEMS = 50;
    private static final int MAX_TRANSCRIPT = 16 * 1024;

    final String source;
    final String firstSession;
    final long closesAt;
    final long openBy;
    private final String sensor;
    private final String service;
    private final Alert.Attempt attempt;
    private final Instant opened;
    private boolean openSent;
    private Part part = new Part();

    /** The facts gathered for the next alert of this incident. */
    private static final class Part {
        final Map<String, Integer> services = new LinkedHashMap<>();
        final List<String> credentials = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final StringBuilder transcript = new StringBuilder();
        int sessions;
        int signals;
        Severity severity = Severity.LOW;
    }

    Incident(Event first, Alert.Attempt attempt, long now, long window, long openWait) {
        this.source = first.origin().sourceIp();
        this.firstSession = first.origin().sessionId();
        this.sensor = first.origin().sensor();
        this.service = first.origin().service();
        this.attempt = attempt;
        this.opened = first.time();
        this.closesAt = now + window;
        this.openBy = now + Math.min(window, openWait);
    }

    boolean openSent() {
        return openSent;
    }

    /** Adds an event of this source; severity null for context (transcript and the like). */
    void add(Event e, Severity severity) {
        Part p = part;
        if (severity != null) {
            p.signals++;
            if (severity.atLeast(p.severity)) {
                p.severity = severity;
            }
        }
        switch (e) {
            case SessionOpened s -> session(p, s.origin().service());
            case SessionRefused s -> {
                session(p, s.origin().service());
                note(p, "refused: " + s.reason());
            }
            case AuthAttempt a -> item(p.credentials, Visible.of(a.user()) + " / " + Visible.of(a.secret()) + " ("
                    + a.origin().service() + " " + Visible.of(a.method()) + (a.success() ? ", accepted" : "") + ")");
            case CommandReceived c -> note(p, c.origin().service() + " " + Visible.of(c.verb())
                    + (c.argument() == null ? "" : " " + Visible.of(c.argument())));
            case FileReceived f -> note(p, "file received: " + Visible.of(f.name()) + ", " + f.size() + " bytes, sha256 "
                    + f.sha256());
            case Misbehaviour m -> note(p, m.origin().service() + " misbehaviour " + Visible.of(m.what()) + ": "
                    + Visible.of(m.detail()) + " (told detected, closed)");
            case DecoyCredentialUsed d -> note(p, "DECOY CREDENTIAL used on " + d.origin().service() + ": "
                    + Visible.of(d.user()) + " from " + Visible.of(d.file()) + " (" + d.strength() + ")");
            case HttpRequest h -> note(p, "http " + Visible.of(h.method()) + " " + Visible.of(h.target()) + " -> " + h.status());
            case TrapHit t -> note(p, t.origin().service() + " trap: " + t.payload().length + " bytes: "
                    + Visible.of(t.payload(), 0, Math.min(t.payload().length, 200)));
            case TranscriptChunk t -> transcript(p, t);
            default -> { }
        }
    }

    private static void session(Part p, String service) {
        p.sessions++;
        p.services.merge(service, 1, Integer::sum);
    }

    private static void note(Part p, String text) {
        item(p.notes, text.length() > 300 ? text.substring(0, 297) + "..." : text);
    }

    private static void item(List<String> list, String text) {
        if (list.size() < MAX_ITEMS) {
            list.add(text);
        } else if (list.size() == MAX_ITEMS) {
            list.add("(more not shown)");
        }
    }

    private static void transcript(Part p, TranscriptChunk t) {
        StringBuilder b = p.transcript;
        if (b.length() >= MAX_TRANSCRIPT) {
            return;
        }
        String text = "-- " + t.origin().service() + " session " + t.origin().sessionId() + " part " + t.part() + "\n"
                + TranscriptChunk.text(t.frames()) + "\n";
        b.append(text, 0, Math.min(text.length(), MAX_TRANSCRIPT - b.length()));
        if (b.length() >= MAX_TRANSCRIPT) {
            b.append("\n(transcript cut)");
        }
    }

    /** The opening alert: what is known so far. What comes later is gathered for the follow-up. */
    Alert open() {
        openSent = true;
        Alert a = alert(Alert.Kind.OPEN, opened);
        part = new Part();
        return a;
    }

    /** The follow-up, or null when nothing joined the incident after its opening alert. */
    Alert followUp(Instant now) {
        return part.signals == 0 ? null : alert(Alert.Kind.FOLLOW_UP, now);
    }

    private Alert alert(Alert.Kind kind, Instant time) {
        Part p = part;
        List<Alert.ServiceCount> counts = new ArrayList<>();
        p.services.forEach((s, n) -> counts.add(new Alert.ServiceCount(s, n)));
        return new Alert(kind, p.severity, time, sensor, source, service, attempt, counts, p.sessions, p.credentials,
                p.notes, p.transcript.toString(), null);
    }
}
