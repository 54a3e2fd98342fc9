package dev.mirage.decoy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.event.DecoyCredentialUsed;
import dev.mirage.profile.Profile;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The secure personality shows nothing readable: no guest, so no decoy file leaves. A decoy
 * credential that reached an attacker anyway (a copy from before) is still caught on FTP itself.
 */
class DecoySecureTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").set("sensor.personality", "secure").set("sensor.profile", "linux")
            .set("decoys.strength", "hard");

    @Test
    void noDecoyFileLeavesButACredentialFromOneIsStillCaught() throws Exception {
        String root = Decoys.create(Profile.load("linux"), "hard", Install.open(sensor.data())).credentials().get("root");
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        ftp.enterLocalPassiveMode();
        assertThat(ftp.login("anonymous", "guest@")).isFalse();
        assertThat(ftp.retrieveFile("/etc/shadow", new ByteArrayOutputStream())).isFalse();
        assertThat(ftp.getReplyString()).startsWith("530 ");
        assertThat(ftp.login("root", root)).as("the service still refuses").isFalse();
        ftp.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        List<JsonNode> used = EventJson.of(sensor.events(row.id()), DecoyCredentialUsed.ACTION);
        assertThat(used).singleElement().satisfies(j -> {
            assertThat(j.at("/user/name").asText()).isEqualTo("root");
            assertThat(j.at("/file/path").asText()).isEqualTo("/etc/shadow");
            assertThat(j.at("/mirage/decoy/strength").asText()).isEqualTo("hard");
        });
    }
}
