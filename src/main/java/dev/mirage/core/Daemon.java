package dev.mirage.core;

import dev.mirage.Version;
import dev.mirage.config.MirageConfig;
import dev.mirage.event.ListenerStatus;
import dev.mirage.event.SensorStarted;
import dev.mirage.event.SensorStopped;
import dev.mirage.recorder.Recorder;
import dev.mirage.profile.Profile;
import dev.mirage.session.Service;
import dev.mirage.decoy.Decoys;
import dev.mirage.decoy.Install;
import dev.mirage.event.AuthAttempt;
import dev.mirage.personality.Chances;
import dev.mirage.session.ServiceContext;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts every listener and the recorder; stops them in order so that every accepted session is recorded. */
public final class Daemon implements AutoCloseable {
    private final MirageConfig config;
    private final Services services;
    private final List<Listener> listeners = new ArrayList<>();
    private final SessionTracker tracker = new SessionTracker();
    private final ConnectionLimiter limiter;
    private Recorder recorder;
    private dev.mirage.alert.Alerting alerting;
    private int failed;
    private boolean stopped;
    private Thread idleWatcher;

    public Daemon(MirageConfig config, Services services) {
        this.config = config;
        this.services = services;
        this.limiter = new ConnectionLimiter(config.limits().perSource(), config.limits().total());
    }

    /** Opens the store, binds every enabled listener and prints one status line for each. */
    public void start(PrintStream status) throws Exception {
        recorder = new Recorder(config.dataDir(), config.limits().queue(), config.limits().commitInterval(),
                config.jsonl().maxSize().bytes(), config.jsonl().maxTotal().bytes());
        alerting = dev.mirage.alert.Alerting.start(config, recorder, this::listening);
        String sensor = config.sensor().name();
        Profile profile = Profile.load(config.sensor().profile(), config.sensor().profiles());
        Install install = Install.open(config.dataDir());
        Decoys decoys = Decoys.create(profile, config.decoys().strength(), install);
        recorder.derive(e -> e instanceof AuthAttempt a ? decoys.used(a) : null);
        long seed = config.sensor().seed() != 0 ? config.sensor().seed() : install.seed();
        ServiceContext context = new ServiceContext(config, profile, config.dataDir(), decoys, new Chances(seed));
        for (MirageConfig.ListenerSpec spec : config.listeners()) {
            Optional<Service> service = services.forListener(spec, context);
            if (service.isEmpty()) {
                status.printf("  %-9s %-8s %s%n", "skipped", spec.service(), "(no emulation of this service in this build)");
                continue;
            }
            Listener l = new Listener(spec, sensor, service.get(), config.limits(), recorder, limiter, tracker);
            try {
                l.bind(config.listen().bind());
                listeners.add(l);
                status.printf("  %-9s %-8s %-22s (%s)%n", "listening", spec.service(), l.address(), spec.key());
                recorder.record(new ListenerStatus(Instant.now(), sensor, spec.service(), spec.key(),
                        config.listen().bind(), l.port(), true, null));
            } catch (IOException e) {
                failed++;
                String reason = BindFailure.explain(spec, e);
                status.printf("  %-9s %-8s %s%n", "FAILED", spec.service(), reason);
                recorder.record(new ListenerStatus(Instant.now(), sensor, spec.service(), spec.key(),
                        config.listen().bind(), spec.port(), false, reason));
            }
        }
        for (Listener l : listeners) {
            l.start();
        }
        idleWatcher = Thread.ofPlatform().name("idle-watcher").daemon(true).start(this::watchIdle);
        recorder.record(new SensorStarted(Instant.now(), sensor, Version.get(), config.sensor().profile(),
                config.sensor().personality(), listeners.size(), failed));
    }

    /** Closes sessions idle past limits.idle; checks about ten times per idle span, at least every second. */
    private void watchIdle() {
        long idle = config.limits().idle().toNanos();
        long every = Math.max(20, Math.min(1000, config.limits().idle().toMillis() / 10));
        while (!tracker.stopping()) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            tracker.expireIdle(idle);
        }
    }

    public int listening() {
        return listeners.size();
    }

    public int failed() {
        return failed;
    }

    public Recorder recorder() {
        return recorder;
    }

    /** The bound port of a listener, by service or trap name (the first one for "generic"). */
    public int port(String service) {
        return listeners.stream().filter(l -> l.spec().service().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no listener for " + service)).port();
    }

    /** All bound ports of the generic trap, its extra ports included. */
    public List<Integer> ports(String service) {
        return listeners.stream().filter(l -> l.spec().service().equals(service)).map(Listener::port).toList();
    }

    /** The alerts of this run, or null when no alert channel is configured. */
    public dev.mirage.alert.Alerting alerting() {
        return alerting;
    }

        public int openSessions() {
        return limiter.open();
    }

    /** Stop accepting, end live sessions, record them all, close the store. Safe to call twice. */
    public synchronized void stop() throws Exception {
        if (stopped || recorder == null) {
            return;
        }
        stopped = true;
        for (Listener l : listeners) {
            l.stop();
        }
        tracker.stopAll(5000, limiter::open);
        if (idleWatcher != null) {
            idleWatcher.interrupt();
        }
        for (Listener l : listeners) {
            // Services that hold resources of their own (the SSH engine's timer) release them here.
            if (l.service() instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.err.println("stopping " + l.spec().service() + ": " + e);
                }
            }
        }
        recorder.record(new SensorStopped(Instant.now(), config.sensor().name(), limiter.accepted.sum(),
                limiter.refused.sum(), recorder.backpressureCount()));
        if (alerting != null) {
            // Every event is committed and seen before alerts stop, so open incidents are sent, not lost.
            try {
                recorder.flush();
            } catch (IllegalStateException failed) {
                // A failed recorder is reported by its close below; alerts still send what they hold.
            }
            alerting.close();
        }
        recorder.close();
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
