package dev.mirage.alert;

import dev.mirage.util.Cidr;
import dev.mirage.config.Alerts;
import dev.mirage.event.Event;
import dev.mirage.event.SessionClosed;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.SessionRefused;
import dev.mirage.recorder.Recorder.Recorded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Turns recorded events into incidents, not floods: the first signal from a source opens an
 * incident, whose opening alert goes out when its first session ends (so it carries the
 * credentials and transcript), at the latest after a short wait; what the source does until the
 * aggregation window closes is summarised in one follow-up. The recorder hands events over
 * without waiting ({@link #accept}); one thread of our own does the rest.
 */
public final class Incidents implements Consumer<Recorded>, AutoCloseable {
    /** Longest wait for the first session to end before the opening alert goes out anyway. */
    static final Duration OPEN_WAIT = Duration.ofSeconds(10);
    private static final int QUEUE = 65_536;
    private static final int MAX_OPEN = 10_000;

    private final long window;
    private final List<IgnoreRule> ignore;
    private final Consumer<Alert> out;
    private final BlockingQueue<Recorded> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Map<String, Incident> open = new HashMap<>();
    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile boolean closing;

    public Incidents(Alerts config, Consumer<Alert> out) {
        this.window = config.aggregateWindow().toNanos();
        this.ignore = config.ignore().stream().map(IgnoreRule::of).toList();
        this.out = out;
        this.thread = Thread.ofPlatform().daemon().name("alerts-incidents").start(this::run);
    }

    /** Called on the recorder's thread after commit: never waits. */
    @Override
    public void accept(Recorded r) {
        seen.incrementAndGet();
        if (r.event().origin() != null && !queue.offer(r)) {
            dropped.incrementAndGet();
        }
    }

    /** Events the recorder has handed over since the last call (the heartbeat's count). */
    public long takeSeen() {
        return seen.getAndSet(0);
    }

    /** Events not looked at because the queue was full (alerts are best effort; the records are complete). */
    public long dropped() {
        return dropped.get();
    }

    private void run() {
        while (!(closing && queue.isEmpty())) {
            try {
                Recorded r = queue.poll(nextWait(), TimeUnit.NANOSECONDS);
                if (r != null) {
                    handle(r, System.nanoTime());
                }
                tick(System.nanoTime(), false);
            } catch (InterruptedException e) {
                closing = true;
            } catch (RuntimeException e) {
                System.err.println("alerts: " + e);
            }
        }
        tick(System.nanoTime(), true);
    }

    private long nextWait() {
        long now = System.nanoTime();
        long next = now + TimeUnit.MILLISECONDS.toNanos(100);
        for (Incident i : open.values()) {
            next = Math.min(next, i.openSent() ? i.closesAt : Math.min(i.openBy, i.closesAt));
        }
        return Math.max(1, next - now);
    }

    private void handle(Recorded r, long now) {
        Event e = r.event();
        String source = e.origin().sourceIp();
        for (IgnoreRule rule : ignore) {
            if (rule.matches(e)) {
                return;
            }
        }
        Severity severity = Severity.of(e);
        Incident i = open.get(source);
        if (i == null) {
            if (severity == null || open.size() >= MAX_OPEN) {
                return;
            }
            Alert.Attempt attempt = e instanceof SessionOpened || e instanceof SessionRefused
                    ? new Alert.Attempt(r.attemptService(), r.attemptTotal()) : new Alert.Attempt(0, 0);
            i = new Incident(e, attempt, now, window, OPEN_WAIT.toNanos());
            open.put(source, i);
        }
        i.add(e, severity);
        if (!i.openSent() && e instanceof SessionClosed c && c.origin().sessionId().equals(i.firstSession)) {
            out.accept(i.open());
        }
    }

    private void tick(long now, boolean all) {
        Iterator<Incident> it = open.values().iterator();
        List<Alert> due = new ArrayList<>();
        while (it.hasNext()) {
            Incident i = it.next();
            if (!i.openSent() && (all || now - i.openBy >= 0 || now - i.closesAt >= 0)) {
                due.add(i.open());
            }
            if (all || now - i.closesAt >= 0) {
                Alert f = i.followUp(Instant.now());
                if (f != null) {
                    due.add(f);
                }
                it.remove();
            }
        }
        due.forEach(out);
    }

    /** Sends what is pending at once (opening alerts and follow-ups of open incidents) and stops. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        thread.join(10_000);
    }

    /** One ignore rule; a field left empty matches everything. */
    record IgnoreRule(Cidr source, String service, String event) {
        static IgnoreRule of(Alerts.Ignore r) {
            return new IgnoreRule(r.source() == null || r.source().isBlank() ? null : Cidr.parse(r.source()),
                    blank(r.service()), blank(r.event()));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        boolean matches(Event e) {
            return (source == null || source.contains(e.origin().sourceIp()))
                    && (service == null || service.equals(e.origin().service()))
                    && (event == null || event.equals(e.action()));
        }
    }
}
