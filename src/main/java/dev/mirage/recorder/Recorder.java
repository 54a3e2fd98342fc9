package dev.mirage.recorder;

import dev.mirage.event.EcsJson;
import dev.mirage.event.Event;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.SessionRefused;
import dev.mirage.store.Store;
import dev.mirage.store.StoreWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one place events are recorded. Services hand events to {@link #record}; one writer thread
 * writes them, in order, to the SQLite store and the JSON-lines file, committing in batches at
 * least every commit interval. A full queue makes callers wait (back-pressure, counted): no event
 * is ever dropped. Subscribers (alerts, console) see an event only after it is committed.
 */
public final class Recorder implements AutoCloseable {
    private static final int MAX_BATCH = 8192;
    /** How long a batch stays open for more events before its commit: bounds commits to about 100 a second. */
    private static final long LINGER_NANOS = 10_000_000;

    private final BlockingQueue<Event> queue;
    private final StoreWriter store;
    private final JsonLinesFile jsonl;
    private final AttemptCounter attempts;
    private final EcsJson.Writer ecs = new EcsJson.Writer();
    private final long lingerNanos;
    private final Thread writer;
    private final List<Function<Event, Event>> derivations = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Consumer<Recorded>> subscribers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicLong enqueued = new AtomicLong();
    private final AtomicLong backpressure = new AtomicLong();
    private final Object progress = new Object();
    private volatile long committed;
    private volatile boolean closing;
    private volatile Throwable failure;

    /** An event as committed, with the attempt numbers the recorder gave its session. */
    public record Recorded(Event event, int attemptService, int attemptTotal) {
    }

    /** jsonlMax and jsonlTotal: rotation size of events.jsonl and the cap on all of its files. */
    public Recorder(Path dataDir, int queueSize, Duration commitInterval, long jsonlMax, long jsonlTotal)
            throws Exception {
        StoreWriter w = new StoreWriter(Store.openForWrite(dataDir));
        this.store = w;
        this.jsonl = new JsonLinesFile(dataDir, jsonlMax, jsonlTotal);
        this.attempts = new AttemptCounter((ip, map) -> w.countsFor(ip, map::put));
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.lingerNanos = Math.min(commitInterval.toNanos() / 2, LINGER_NANOS);
        this.writer = Thread.ofPlatform().name("recorder").unstarted(this::run);
        writer.start();
    }

    /**
     * Adds a rule that derives a second event from one being recorded (e.g. a decoy credential's use
     * from an auth attempt); the derived one is recorded right after it. Add rules before recording.
     */
    public void derive(Function<Event, Event> rule) {
        derivations.add(rule);
    }

    /** Records an event (and what the derive rules make of it); waits if the recorder is behind (back-pressure), never drops. */
    public void record(Event e) {
        enqueue(e);
        for (Function<Event, Event> rule : derivations) {
            Event d = rule.apply(e);
            if (d != null) {
                enqueue(d);
            }
        }
    }

    private void enqueue(Event e) {
        enqueued.incrementAndGet();
        if (queue.offer(e)) {
            return;
        }
        backpressure.incrementAndGet();
        boolean interrupted = false;
        try {
            while (true) {
                if (failure != null || !writer.isAlive()) {
                    throw new IllegalStateException("recorder stopped; event not recorded: " + e.action(), failure);
                }
                try {
                    if (queue.offer(e, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException ie) {
                    // Keep the event even when interrupted: recording outranks the interrupt.
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void subscribe(Consumer<Recorded> subscriber) {
        subscribers.add(subscriber);
    }

    public long backpressureCount() {
        return backpressure.get();
    }

    public long committedCount() {
        return committed;
    }

    /** Waits until every event recorded before this call is committed. */
    public void flush() throws InterruptedException {
        long target = enqueued.get();
        synchronized (progress) {
            while (committed < target && writer.isAlive()) {
                progress.wait(100);
            }
        }
        if (failure != null) {
            throw new IllegalStateException("recorder failed", failure);
        }
    }

    private void run() {
        List<Event> batch = new ArrayList<>(MAX_BATCH);
        List<Recorded> done = new ArrayList<>(MAX_BATCH);
        try {
            while (!(closing && queue.isEmpty())) {
                Event first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                // Group commit: keep writing what arrives for a short linger, then commit once; a commit
                // per handful of events would cost more than the events themselves.
                long deadline = System.nanoTime() + lingerNanos;
                done.add(write(first));
                int taken = 1;
                while (taken < MAX_BATCH) {
                    if (queue.drainTo(batch, MAX_BATCH - taken) == 0) {
                        long left = deadline - System.nanoTime();
                        Event next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                        if (next == null) {
                            break;
                        }
                        batch.add(next);
                    }
                    for (Event e : batch) {
                        done.add(write(e));
                    }
                    taken += batch.size();
                    batch.clear();
                }
                jsonl.flush();
                store.commit();
                synchronized (progress) {
                    committed += taken;
                    progress.notifyAll();
                }
                for (Recorded r : done) {
                    for (Consumer<Recorded> s : subscribers) {
                        s.accept(r);
                    }
                }
                done.clear();
            }
        } catch (Throwable t) {
            failure = t;
            System.err.println("recorder: cannot write events: " + t);
        } finally {
            synchronized (progress) {
                progress.notifyAll();
            }
        }
    }

    private Recorded write(Event e) throws Exception {
        int service = 0;
        int total = 0;
        if (e instanceof SessionOpened || e instanceof SessionRefused) {
            AttemptCounter.Attempt a = attempts.next(e.origin().sourceIp(), e.origin().service());
            service = a.service();
            total = a.total();
        }
        dev.mirage.event.EcsDoc.Out json = ecs.write(e);
        jsonl.append(json.bytes(), json.length());
        store.write(e, json::toAscii, service, total);
        return new Recorded(e, service, total);
    }

    /** Writes what is queued, commits, and closes the store. */
    @Override
    public void close() throws Exception {
        closing = true;
        writer.join();
        jsonl.close();
        store.close();
        if (failure != null) {
            throw new IllegalStateException("recorder failed", failure);
        }
    }
}
