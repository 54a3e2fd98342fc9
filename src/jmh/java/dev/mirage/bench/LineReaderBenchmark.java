package dev.mirage.bench;

import dev.mirage.net.LineReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.infra.Blackhole;

/** The bounded line reader on a typical FTP dialogue: lines per microsecond. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LineReaderBenchmark {
    private final byte[] dialogue = ("USER anonymous\r\nPASS guest@example.com\r\nSYST\r\nPWD\r\nTYPE I\r\n"
            + "PASV\r\nLIST -la\r\nCWD /pub\r\nRETR README\r\nQUIT\r\n").getBytes(StandardCharsets.US_ASCII);

    @Benchmark
    public void readTenLines(Blackhole bh) throws Exception {
        LineReader r = new LineReader(new ByteArrayInputStream(dialogue), 4096);
        LineReader.Line line;
        while ((line = r.readLine()) != null) {
            bh.consume(line);
        }
    }
}
