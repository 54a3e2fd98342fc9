package dev.mirage.alert;

import dev.mirage.config.MirageConfig;
import dev.mirage.recorder.Recorder;
import dev.mirage.sink.Channel;
import dev.mirage.sink.Channels;
import dev.mirage.sink.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Alerts as a whole: incidents from the recorder's committed events, a heartbeat, and one outbox
 * per channel. Started after the recorder; closed before it, after its last events are committed,
 * so queued alerts are delivered (within a grace period) before the process ends.
 */
public final class Alerting implements AutoCloseable {
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final List<Outbox> outboxes;
    private final Incidents incidents;
    private final ScheduledExecutorService heartbeat;

    public Alerting(MirageConfig config, List<Channel> channels, Duration firstBackoff, Duration maxBackoff,
                    IntSupplier listenersUp) {
        this.outboxes = channels.stream().map(c -> new Outbox(c, firstBackoff, maxBackoff)).toList();
        this.incidents = new Incidents(config.alerts(), this::send);
        Duration every = config.alerts().email().heartbeat();
        if (every.isZero() || outboxes.isEmpty()) {
            heartbeat = null;
            return;
        }
        Instant started = Instant.now();
        String sensor = config.sensor().name();
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("alerts-heartbeat")
                .unstarted(r));
        heartbeat.scheduleAtFixedRate(() -> {
            Instant now = Instant.now();
            send(Alert.heartbeat(sensor, now, new Alert.Heartbeat(Duration.between(started, now),
                    listenersUp.getAsInt(), incidents.takeSeen())));
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The channels the config names, subscribed to the recorder; null when no channel is configured. */
    public static Alerting start(MirageConfig config, Recorder recorder, IntSupplier listenersUp) {
        Channels c = Channels.from(config);
        c.unavailable().forEach(why -> System.err.println("alerts: " + why));
        if (c.channels().isEmpty()) {
            return null;
        }
        Alerting a = new Alerting(config, c.channels(), FIRST_BACKOFF, MAX_BACKOFF, listenersUp);
        recorder.subscribe(a.incidents);
        return a;
    }

    public Incidents incidents() {
        return incidents;
    }

    public List<Outbox> outboxes() {
        return outboxes;
    }

    private void send(Alert a) {
        for (Outbox o : outboxes) {
            o.offer(a);
        }
    }

    /** Sends the alerts of open incidents, then gives each channel a grace period to deliver its queue. */
    @Override
    public void close() throws InterruptedException {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        incidents.close();
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (Outbox o : outboxes) {
            o.close(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
    }
}
