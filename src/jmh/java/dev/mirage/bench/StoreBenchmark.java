package dev.mirage.bench;

import dev.mirage.event.EcsJson;
import dev.mirage.event.Event;
import dev.mirage.event.Origin;
import dev.mirage.event.SessionClosed;
import dev.mirage.event.SessionOpened;
import dev.mirage.event.TrapHit;
import dev.mirage.store.Store;
import dev.mirage.store.StoreWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The store's batch insert: a batch of 1 000 trap sessions (3 events each) and one commit; time per session. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class StoreBenchmark {
    private static final int BATCH = 1000;
    private Path dir;
    private StoreWriter store;
    private final EcsJson.Writer json = new EcsJson.Writer();
    private long n;

    @Setup(Level.Trial)
    public void open() throws Exception {
        dir = Files.createTempDirectory("mirage-jmh");
        store = new StoreWriter(Store.openForWrite(dir));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        store.close();
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void batchOfTrapSessions() throws Exception {
        for (int i = 0; i < BATCH; i++) {
            Origin o = new Origin(String.format("%020d", n++), "S", "dns", true, "192.0.2.7", 40000 + i % 20000,
                    "198.51.100.1", 53, Instant.now());
            write(new SessionOpened(o));
            write(new TrapHit(Instant.now(), o, new byte[] {1, 2, 3, 4}, false));
            write(new SessionClosed(Instant.now(), o, "trap-window", 4, 0));
        }
        store.commit();
    }

    private void write(Event e) throws Exception {
        var out = json.write(e);
        store.write(e, out::toAscii, 1, 1);
    }
}
