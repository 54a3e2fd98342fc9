package dev.mirage.bench;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.EcsJson;
import dev.mirage.event.Origin;
import dev.mirage.event.SessionClosed;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.TrapHit;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Event serialisation to ECS JSON, as the recorder does it for every event. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventJsonBenchmark {
    private final Origin origin = new Origin("01m8fr33vbpvznwssd9x", "OUTPOST-01", "dns", true, "192.0.2.7", 40112,
            "198.51.100.1", 53, Instant.now());
    private final SessionOpened opened = new SessionOpened(origin);
    private final TrapHit hit = new TrapHit(Instant.now(), origin, "\u0000\u001c\u0012\u0034 probe".getBytes(), false);
    private final SessionClosed closed = new SessionClosed(Instant.now(), origin, "trap-window", 12, 0);
    private final AuthAttempt auth = new AuthAttempt(Instant.now(), origin, "password", "root", "toor", false);
    private final EcsJson.Writer writer = new EcsJson.Writer();

    @Benchmark
    public int trapSessionThreeEvents() {
        return writer.write(opened).length() + writer.write(hit).length() + writer.write(closed).length();
    }

    @Benchmark
    public int authAttempt() {
        return writer.write(auth).length();
    }
}
