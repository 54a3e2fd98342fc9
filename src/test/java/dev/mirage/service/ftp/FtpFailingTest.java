package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The failing personality (seeded, so repeatable): the guest gets in, then downloads break off
 * midway, the disk is full (the upload is still kept), listings fail now and then, and after a
 * while the server gives up, all in wu-ftpd's words.
 */
class FtpFailingTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
            .set("sensor.personality", "failing").set("sensor.seed", 7);

    @Test
    void downloadsBreakTheDiskIsFullAndListingsFail() throws Exception {
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        ftp.enterLocalPassiveMode();
        assertThat(ftp.login("anonymous", "guest@")).isTrue();
        // Half the listings fail: list until both kinds were seen (the seed fixes how many it takes).
        List<String> outcomes = new ArrayList<>();
        while (outcomes.size() < 8 && outcomes.stream().distinct().count() < 2) {
            String[] names = ftp.listNames("/");
            outcomes.add(names == null ? ftp.getReplyString().trim() : String.join(",", names));
        }
        assertThat(outcomes).containsOnly("bin,etc,lib,pub", "551 Error on input file: Input/output error.");
        assertThat(outcomes).contains("bin,etc,lib,pub", "551 Error on input file: Input/output error.");

        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        int size = Integer.parseInt(ftp.getSize("/etc/passwd"));
        InputStream in = ftp.retrieveFileStream("/etc/passwd");
        int got = in.readAllBytes().length;
        in.close();
        assertThat(ftp.completePendingCommand()).isFalse();
        assertThat(ftp.getReplyString()).startsWith("551 Error on input file: Input/output error.");
        assertThat(got).isBetween(size / 4, size * 3 / 4);

        assertThat(ftp.storeFile("kit.tgz", new ByteArrayInputStream(new byte[] {9, 8, 7, 6}))).isFalse();
        assertThat(ftp.getReplyString()).startsWith("452 Error writing file: No space left on device.");

        ftp.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        List<JsonNode> files = EventJson.of(sensor.events(row.id()), "file.received");
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.path("file").path("size").asLong()).isEqualTo(4);
            assertThat(Files.exists(sensor.data().resolve(f.path("mirage").path("file").path("stored").asText())))
                    .isTrue();
        });
    }

    @Test
    void soonerOrLaterTheServerGivesUp() throws Exception {
        String last;
        int answered = 0;
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            d.expect(220);
            while (true) {
                d.send("NOOP");
                last = d.reply();
                if (last == null || !last.startsWith("200 ")) {
                    break;
                }
                answered++;
                assertThat(answered).as("commands answered").isLessThanOrEqualTo(48);
            }
            if (last != null) {
                assertThat(last).isEqualTo("421 Service not available, closing control connection.");
                assertThat(d.reply()).isNull();
            }
        }
        assertThat(answered).isBetween(24, 48);
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("fault");
    }
}
