package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.personality.Personality;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The aggressive watch behind a login that works. Under "aggressive" the guest login is itself the
 * first thing caught, so these triggers matter once another login can succeed (a decoy credential,
 * say); here the guest is let in to show them: fetching the decoy password file, and uploading.
 */
class FtpAggressiveWatchTest {
    private static final String DETECTED = "421 Unauthorized access from 127.0.0.1 has been logged and reported to"
            + " your service provider and to CERT. Goodbye.";

    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").set("sensor.personality", "aggressive")
            .services(DecoyFixture.services(guestLetIn()));

    private static FtpPolicy guestLetIn() {
        FtpPolicy p = FtpPolicy.of(Personality.AGGRESSIVE);
        FtpPolicy.Watch w = p.watch();
        return new FtpPolicy(true, false, p.uploads(), p.faults(), p.oddities(),
                new FtpPolicy.Watch(false, w.passwordFile(), w.upload()));
    }

    private FTPClient guest() throws Exception {
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        ftp.enterLocalPassiveMode();
        assertThat(ftp.login("anonymous", "guest@")).isTrue();
        return ftp;
    }

    private JsonNode onlyMisbehaviour(SessionRow row) throws Exception {
        List<JsonNode> caught = EventJson.of(sensor.events(row.id()), "misbehaviour");
        assertThat(caught).hasSize(1);
        return caught.get(0).path("mirage").path("misbehaviour");
    }

    @Test
    void fetchingTheDecoyPasswordFileIsDetected() throws Exception {
        FTPClient ftp = guest();
        assertThat(ftp.retrieveFile("/etc/group", new ByteArrayOutputStream())).as("a plain file passes").isTrue();
        ByteArrayOutputStream shadow = new ByteArrayOutputStream();
        // A real client takes a 421 as the end of the connection.
        assertThatThrownBy(() -> ftp.retrieveFile("/etc/shadow", shadow))
                .isInstanceOf(FTPConnectionClosedException.class);
        assertThat(ftp.getReplyString().trim()).isEqualTo(DETECTED);
        assertThat(shadow.size()).isZero();
        ftp.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("detected");
        JsonNode m = onlyMisbehaviour(row);
        assertThat(m.path("kind").asText()).isEqualTo("password-file");
        assertThat(m.path("detail").asText()).isEqualTo("/etc/shadow");
    }

    @Test
    void anUploadIsKeptThenDetected() throws Exception {
        FTPClient ftp = guest();
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        assertThatThrownBy(() -> ftp.storeFile("x.pl", new ByteArrayInputStream("#!/usr/bin/perl\n".getBytes())))
                .isInstanceOf(FTPConnectionClosedException.class);
        assertThat(ftp.getReplyString().trim()).isEqualTo(DETECTED);
        ftp.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("detected");
        JsonNode m = onlyMisbehaviour(row);
        assertThat(m.path("kind").asText()).isEqualTo("upload");
        assertThat(m.path("detail").asText()).isEqualTo("x.pl");
        JsonNode file = EventJson.of(sensor.events(row.id()), "file.received").get(0);
        assertThat(file.path("file").path("size").asLong()).isEqualTo(16);
        assertThat(Files.exists(sensor.data().resolve(file.path("mirage").path("file").path("stored").asText())))
                .isTrue();
    }
}
