package dev.mirage.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.session.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static LineReader reader(String s, int max) {
        return new LineReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1)), max);
    }

    @Test
    void splitsOnCrlfAndLf() throws Exception {
        LineReader r = reader("USER a\r\nPASS b\nQUIT\r\n", 100);
        assertThat(r.readLine().text()).isEqualTo("USER a");
        assertThat(r.readLine().text()).isEqualTo("PASS b");
        assertThat(r.readLine().text()).isEqualTo("QUIT");
        assertThat(r.readLine()).isNull();
    }

    @Test
    void returnsAHalfLineOnceAtEndOfStream() throws Exception {
        LineReader r = reader("USER a\r\nPAS", 100);
        r.readLine();
        LineReader.Line half = r.readLine();
        assertThat(half.text()).isEqualTo("PAS");
        assertThat(half.terminated()).isFalse();
        assertThat(r.readLine()).isNull();
    }

    @Test
    void refusesAnOverlongLineWhileReadingIt() {
        int[] served = new int[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served[0] += len;
                return len;
            }
        };
        LineReader r = new LineReader(endless, 1024);
        assertThatThrownBy(r::readLine).isInstanceOf(LimitExceededException.class);
        assertThat(served[0]).as("read no more than a buffer past the limit").isLessThan(1024 + 8192);
    }

    @Test
    void allowsALineOfExactlyMaxWithCrlf() throws Exception {
        LineReader r = reader("x".repeat(10) + "\r\n", 10);
        assertThat(r.readLine().bytes()).hasSize(10);
    }

    @Test
    void keepsNulAndBinaryBytes() throws Exception {
        LineReader r = new LineReader(new ByteArrayInputStream(new byte[] {0, (byte) 0xff, 'a', '\n'}), 10);
        assertThat(r.readLine().bytes()).containsExactly(0, 0xff, 'a');
    }
}
