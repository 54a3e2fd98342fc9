package dev.mirage.sink;

import dev.mirage.alert.Alert;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel's own bounded queue and thread: a slow or dead collector delays only its own alerts.
 * A failed delivery is retried, with a back-off that doubles up to a cap, until it succeeds; the
 * alert stays at the head, so alerts arrive in order and each once. When the queue is full the
 * newest alert is dropped and counted (the records themselves are complete in the store).
 */
public final class Outbox implements AutoCloseable {
    private static final int CAPACITY = 1000;

    private final Channel channel;
    private final BlockingQueue<Alert> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Thread thread;
    private volatile boolean closing;
    private volatile long giveUpAt;
    private volatile boolean limited;
    private volatile String lastError;

    public Outbox(Channel channel, Duration firstBackoff, Duration maxBackoff) {
        this.channel = channel;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.thread = Thread.ofPlatform().daemon().name("alerts-" + channel.name()).start(this::run);
    }

    public Channel channel() {
        return channel;
    }

    /** Queues an alert the channel wants; never waits. */
    public void offer(Alert a) {
        if (channel.wants(a) && !queue.offer(a)) {
            dropped.incrementAndGet();
        }
    }

    public long delivered() {
        return delivered.get();
    }

    public long failures() {
        return failures.get();
    }

    public long dropped() {
        return dropped.get();
    }

    public int queued() {
        return queue.size();
    }

    public String lastError() {
        return lastError;
    }

    private void run() {
        long backoff = firstBackoff.toNanos();
        while (!(closing && queue.isEmpty()) && !expired()) {
            Alert a;
            try {
                a = queue.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (a == null) {
                continue;
            }
            while (true) {
                try {
                    channel.deliver(a);
                    delivered.incrementAndGet();
                    backoff = firstBackoff.toNanos();
                    break;
                } catch (Exception e) {
                    failures.incrementAndGet();
                    lastError = e.toString();
                    if (expired()) {
                        return;
                    }
                    try {
                        TimeUnit.NANOSECONDS.sleep(limited ? Math.min(backoff, Math.max(1, giveUpAt - System.nanoTime())) : backoff);
                    } catch (InterruptedException ie) {
                        return;
                    }
                    backoff = Math.min(backoff * 2, maxBackoff.toNanos());
                }
            }
        }
    }

    private boolean expired() {
        return limited && System.nanoTime() - giveUpAt >= 0;
    }

    /** Delivers what is queued, waiting at most this long, then closes the channel. */
    public void close(Duration grace) {
        giveUpAt = System.nanoTime() + grace.toNanos();
        limited = true;
        closing = true;
        try {
            thread.join(grace.toMillis() + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty()) {
            System.err.println("alerts: " + channel.name() + ": " + queue.size() + " alerts not delivered at stop"
                    + (lastError == null ? "" : " (" + lastError + ")"));
        }
        channel.close();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }
}
