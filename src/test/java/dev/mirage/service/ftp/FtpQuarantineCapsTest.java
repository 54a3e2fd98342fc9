package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayInputStream;
import java.net.SocketException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Past upload-max an upload is still read and hashed, but not kept; past the session's read limit it is cut. */
class FtpQuarantineCapsTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
            .set("sensor.personality", "open").set("services.ftp.upload-max", "64")
            .set("services.ftp.quarantine-max", "100").set("limits.max-bytes", "4KiB");

    @Test
    void capsKeepHashesAndSizes() throws Exception {
        byte[] small = new byte[60];
        byte[] second = new byte[60];
        second[0] = 1;
        byte[] big = new byte[1000];
        byte[] huge = new byte[10_000];
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        ftp.enterLocalPassiveMode();
        assertThat(ftp.login("ftp", "x@")).isTrue();
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        assertThat(ftp.storeFile("small", new ByteArrayInputStream(small))).isTrue();
        assertThat(ftp.storeFile("second", new ByteArrayInputStream(second))).isTrue();
        assertThat(ftp.storeFile("big", new ByteArrayInputStream(big))).isTrue();
        try {
            ftp.storeFile("huge", new ByteArrayInputStream(huge));
        } catch (SocketException cutMidWrite) {
            // The server cut the data connection at the read limit while the client still wrote: the
            // client's write fails (a reset), and the control connection's 452 is still to be read.
            ftp.getReply();
        }
        assertThat(ftp.getReplyString()).startsWith("452 ");
        ftp.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        List<String> files = sensor.events(row.id()).stream().filter(e -> e.action().equals("file.received"))
                .map(e -> e.json()).toList();
        assertThat(files).hasSize(4);
        assertThat(files.get(0)).contains("\"name\":\"small\"", "\"stored\":\"ftp/quarantine/" + sha(small) + "\"");
        // The quarantine holds 100 bytes in all: the second file would pass it.
        assertThat(files.get(1)).contains("\"name\":\"second\"", "\"sha256\":\"" + sha(second) + "\"")
                .doesNotContain("\"stored\"");
        assertThat(files.get(2)).contains("\"size\":1000", "\"sha256\":\"" + sha(big) + "\"")
                .doesNotContain("\"stored\"").contains("\"truncated\":false");
        assertThat(files.get(3)).contains("\"truncated\":true").doesNotContain("\"stored\"");
        try (var s = Files.list(sensor.data().resolve("ftp/quarantine"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(sha(small));
        }
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
