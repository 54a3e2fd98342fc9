package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Raw bytes against the SSH port: the exact identification line, and hostile input, each bounded and recorded. */
class SshHostileTest {
    private static final byte[] BANNER = "SSH-1.99-OpenSSH_3.1p1\r\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    final Sensor sensor = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)))
            .set("limits.idle", "3s");

    private Socket open() throws IOException {
        Socket s = new Socket("127.0.0.1", sensor.port("ssh"));
        s.setSoTimeout(8000);
        return s;
    }

    /** Everything the server sends until it closes (a reset counts as a close). */
    private static byte[] drain(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                b.write(buf, 0, n);
            }
        } catch (SocketException reset) {
            // Closed with our input unread: fine.
        }
        return b.toByteArray();
    }

    private static void quietly(OutputStream out, byte[] data) {
        try {
            out.write(data);
            out.flush();
        } catch (IOException closedUnderUs) {
            // The server may close while we still write; that is the point.
        }
    }

    @Test
    void identificationLineIsExactlyTheProfilesAndNothingNamesTheEngine() throws Exception {
        try (Socket s = open()) {
            byte[] first = s.getInputStream().readNBytes(BANNER.length);
            assertThat(new String(first, StandardCharsets.US_ASCII)).isEqualTo("SSH-1.99-OpenSSH_3.1p1\r\n");
            // nmap-service-probes: match ssh m|^SSH-([\d.]+)-OpenSSH[_-]([\w.]+)\s*\r?\n|i p/OpenSSH/ v/$2/
            var m = Pattern.compile("^SSH-([\\d.]+)-OpenSSH[_-]([\\w.]+)\\s*\\r?\\n", Pattern.CASE_INSENSITIVE)
                    .matcher(new String(first, StandardCharsets.US_ASCII));
            assertThat(m.find()).isTrue();
            assertThat(m.group(2)).isEqualTo("3.1p1");
            s.getOutputStream().write("SSH-2.0-OpenSSH_9.2p1\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] kexinit = new byte[2048];
            int n = s.getInputStream().read(kexinit);
            String visible = new String(kexinit, 0, Math.max(0, n), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            assertThat(visible).contains("curve25519").doesNotContain("mina", "sshd", "java", "apache", "mirage");
        }
        var rows = sensor.awaitSessions(1);
        assertThat(SshEventsRead.clientInfo(sensor.events(rows.get(0).id()))).containsExactly("ssh-version=SSH-2.0-OpenSSH_9.2p1");
    }

    @Test
    void garbageGetsProtocolMismatch() throws Exception {
        byte[] got;
        try (Socket s = open()) {
            s.getOutputStream().write(new byte[] {(byte) 0x16, 3, 1, 0, (byte) 0xff, 'G', '\n'});
            got = drain(s.getInputStream());
        }
        assertThat(new String(got, StandardCharsets.ISO_8859_1)).isEqualTo("SSH-1.99-OpenSSH_3.1p1\r\nProtocol mismatch.\n");
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("protocol-mismatch");
        assertThat(SshEventsRead.commands(sensor.events(row.id())))
                .singleElement().asString().contains("identification").contains("Protocol mismatch.").contains("protocol-mismatch");
    }

    @Test
    void nulBytesGetProtocolMismatch() throws Exception {
        try (Socket s = open()) {
            s.getOutputStream().write(new byte[] {0, 0, 0, 0, '\r', '\n'});
            assertThat(new String(drain(s.getInputStream()), StandardCharsets.ISO_8859_1)).endsWith("Protocol mismatch.\n");
        }
        assertThat(sensor.awaitSessions(1).get(0).reason()).isEqualTo("protocol-mismatch");
    }

    @Test
    void aMegabyteLineIsCutAtTheIdentificationBound() throws Exception {
        byte[] big = new byte[1 << 20];
        Arrays.fill(big, (byte) 'A');
        byte[] got;
        try (Socket s = open()) {
            quietly(s.getOutputStream(), big);
            got = drain(s.getInputStream());
        }
        assertThat(new String(got, StandardCharsets.ISO_8859_1)).startsWith("SSH-1.99-OpenSSH_3.1p1\r\n");
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("max-line");
        assertThat(row.bytesIn()).isLessThan(64 * 1024);
        assertThat(sensor.events(row.id())).extracting(e -> e.action()).contains("session.limit");
    }

    @Test
    void halfAVersionLineThenDisconnectIsRecorded() throws Exception {
        try (Socket s = open()) {
            s.getOutputStream().write("SSH-2.0-Open".getBytes(StandardCharsets.US_ASCII));
            s.shutdownOutput();
            drain(s.getInputStream());
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("peer");
        assertThat(SshEventsRead.commands(sensor.events(row.id())))
                .singleElement().asString().contains("SSH-2.0-Open").contains("incomplete");
    }

    @Test
    void slowSenderIsServedByteByByte() throws Exception {
        try (Socket s = open()) {
            OutputStream out = s.getOutputStream();
            for (byte b : "SSH".getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(1000);
            }
            out.write("-2.0-slow\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getInputStream().readNBytes(BANNER.length);
            s.shutdownOutput();
            drain(s.getInputStream());
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(SshEventsRead.clientInfo(sensor.events(row.id()))).containsExactly("ssh-version=SSH-2.0-slow");
        assertThat(row.reason()).isEqualTo("peer");
    }

    @Test
    void tenThousandLinesAfterTheIdentificationEndCleanly() throws Exception {
        StringBuilder b = new StringBuilder("SSH-2.0-flood\r\n");
        for (int i = 0; i < 10_000; i++) {
            b.append("USER root\r\n");
        }
        try (Socket s = open()) {
            quietly(s.getOutputStream(), b.toString().getBytes(StandardCharsets.US_ASCII));
            drain(s.getInputStream());
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isIn("protocol-error", "peer", "disconnect", "reset");
        assertThat(row.status()).isNotEqualTo("open");
    }

    @Test
    void anOldSshOneClientIsTurnedAway() throws Exception {
        try (Socket s = open()) {
            s.getOutputStream().write("SSH-1.5-1.2.27\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(new String(drain(s.getInputStream()), StandardCharsets.ISO_8859_1))
                    .endsWith("Protocol major versions differ.\n");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("version-mismatch");
        assertThat(SshEventsRead.clientInfo(sensor.events(row.id()))).containsExactly("ssh-version=SSH-1.5-1.2.27");
    }

    @Test
    void anIdleClientIsClosed() throws Exception {
        try (Socket s = open()) {
            drain(s.getInputStream());
        }
        assertThat(sensor.awaitSessions(1).get(0).reason()).isEqualTo("idle");
    }
}
