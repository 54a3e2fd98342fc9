package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The secure personality: no anonymous login, so nothing to list, read or upload; every attempt still
 * recorded, and (unlike aggressive) a try at the guest account is just refused, the line kept open.
 */
class FtpSecureTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
            .set("sensor.personality", "secure");

    @Test
    void refusesTheGuestAndEveryUpload() throws Exception {
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        ftp.enterLocalPassiveMode();
        assertThat(ftp.login("anonymous", "guest@")).isFalse();
        assertThat(ftp.getReplyString()).startsWith("530 Login incorrect.");
        assertThat(ftp.login("admin", "admin123")).isFalse();
        assertThat(ftp.storeFile("x.sh", new ByteArrayInputStream(new byte[] {1, 2, 3}))).isFalse();
        assertThat(ftp.getReplyString()).startsWith("530 Please login with USER and PASS.");
        ftp.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.credentials()).extracting(c -> c.user() + "/" + c.secret() + "/" + c.success())
                .containsExactly("anonymous/guest@/false", "admin/admin123/false");
        List<String> actions = sensor.events(row.id()).stream().map(e -> e.action()).toList();
        assertThat(actions).doesNotContain("file.received", "misbehaviour");
        assertThat(Files.exists(sensor.data().resolve("ftp/quarantine"))).isFalse();
    }

    @Test
    void userAnonymousIsAskedForAPasswordLikeAnyUser() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            d.expect(220);
            assertThat(d.call("USER anonymous", 331)).isEqualTo("331 Password required for anonymous.");
            assertThat(d.call("PASS x@y", 530)).isEqualTo("530 Login incorrect.");
            assertThat(d.call("PASV", 530)).isEqualTo("530 Please login with USER and PASS.");
            assertThat(d.call("NOOP", 200)).isEqualTo("200 NOOP command successful.");
        }
        assertThat(sensor.awaitSessions(1).get(0).credentials()).hasSize(1);
    }
}
