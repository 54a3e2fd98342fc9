package dev.mirage.decoy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.alert.Alert;
import dev.mirage.alert.Incidents;
import dev.mirage.alert.Severity;
import dev.mirage.config.Alerts;
import dev.mirage.event.DecoyCredentialUsed;
import dev.mirage.profile.Profile;
import dev.mirage.recorder.Recorder.Recorded;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.EventJson;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.codec.digest.Md5Crypt;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The acceptance: a decoy credential downloaded over FTP, then tried over Telnet and SSH,
 * gives decoy.credential.used, right after its auth.attempt, naming the file; a wrong password for
 * the same user gives none. A real sensor, the Red Hat 7.3 persona, the open personality, which lets
 * the cracked user (not root) into the fake shell.
 */
class DecoyCredentialUsedTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp", "telnet", "ssh").set("sensor.personality", "open")
            .set("sensor.profile", "linux").set("decoys.strength", "easy");

    @Test
    void aPasswordCrackedFromTheFtpShadowIsCaughtOnTelnetAndSsh() throws Exception {
        List<Recorded> committed = new CopyOnWriteArrayList<>();
        sensor.daemon().recorder().subscribe(committed::add);

        // 1. The attacker takes /etc/passwd and /etc/shadow from the anonymous FTP tree.
        String passwd = retrieve("/etc/passwd");
        String shadow = retrieve("/etc/shadow");
        assertThat(passwd).startsWith("root:x:0:0:root:/root:/bin/bash\n").contains("\njsmith:x:500:500:");
        assertThat(shadow).startsWith("root:$1$").contains("\njsmith:$1$");

        // 2. Cracks jsmith's MD5-crypt hash as john would with a small word list and a ?d?d rule:
        // that is what makes the easy strength easy.
        String hash = shadowHash(shadow, "jsmith");
        String cracked = crack(hash);
        assertThat(cracked).as("cracked from the easy word list").isNotNull();
        // The test's own path to the truth: the Decoys of the same installation.
        Decoys same = Decoys.create(Profile.load("linux"), "easy", Install.open(sensor.data()));
        assertThat(cracked).isEqualTo(same.credentials().get("jsmith"));
        String root = same.credentials().get("root");

        // 3. Tries it over Telnet (a wrong one first): under open it opens jsmith's shell, uid from the
        // passwd file. Root's over SSH (a wrong one first) opens nothing: no admin logs in from afar.
        String shell = telnet("jsmith\r\n" + cracked + "x\r\njsmith\r\n" + cracked + "\r\nid\r\nexit\r\n");
        assertThat(shell).contains("Login incorrect").contains("[jsmith@www jsmith]$ ")
                .contains("uid=500(jsmith)");
        ssh("root", root + "x", root);

        List<SessionRow> rows = sensor.awaitSessions(4);
        SessionRow telnet = rows.stream().filter(r -> r.service().equals("telnet")).findFirst().orElseThrow();
        SessionRow ssh = rows.stream().filter(r -> r.service().equals("ssh")).findFirst().orElseThrow();
        assertDecoyRightAfterItsAttempt(sensor.events(telnet.id()), "jsmith", cracked, "password");
        assertDecoyRightAfterItsAttempt(sensor.events(ssh.id()), "root", root, "password");
        for (SessionRow r : rows) {
            if (r.service().equals("ftp")) {
                assertThat(EventJson.of(sensor.events(r.id()), DecoyCredentialUsed.ACTION)).as("anonymous is no decoy").isEmpty();
            }
        }

        // 4. It is a high alert: the committed event's severity, and the incident of the telnet session.
        List<DecoyCredentialUsed> used = committed.stream().map(Recorded::event)
                .filter(e -> e instanceof DecoyCredentialUsed).map(e -> (DecoyCredentialUsed) e).toList();
        assertThat(used).extracting(DecoyCredentialUsed::user).containsExactly("jsmith", "root");
        assertThat(used).allSatisfy(e -> assertThat(Severity.of(e)).isEqualTo(Severity.HIGH));
        BlockingQueue<Alert> alerts = new LinkedBlockingQueue<>();
        try (Incidents incidents = new Incidents(new Alerts(Duration.ofMillis(200), List.of(), null, null, false, null),
                alerts::add)) {
            committed.stream().filter(r -> r.event().origin() != null
                    && r.event().origin().sessionId().equals(telnet.id())).forEach(incidents::accept);
            Alert alert = alerts.poll(15, TimeUnit.SECONDS);
            assertThat(alert).isNotNull();
            assertThat(alert.severity()).isEqualTo(Severity.HIGH);
            assertThat(alert.notes()).anySatisfy(n -> assertThat(n)
                    .isEqualTo("DECOY CREDENTIAL used on telnet: jsmith from /etc/shadow (easy)"));
        }
    }

    private static void assertDecoyRightAfterItsAttempt(List<SessionQuery.EventRow> events, String user, String password,
                                                        String method) {
        List<String> actions = events.stream().map(SessionQuery.EventRow::action)
                .filter(a -> a.equals("auth.attempt") || a.equals(DecoyCredentialUsed.ACTION)).toList();
        List<JsonNode> attempts = EventJson.of(events, "auth.attempt");
        assertThat(attempts).hasSize(2);
        int right = attempts.get(0).at("/mirage/auth/secret").asText().equals(password) ? 0 : 1;
        assertThat(attempts.get(right).at("/mirage/auth/secret").asText()).isEqualTo(password);
        List<String> expected = right == 0
                ? List.of("auth.attempt", DecoyCredentialUsed.ACTION, "auth.attempt")
                : List.of("auth.attempt", "auth.attempt", DecoyCredentialUsed.ACTION);
        assertThat(actions).as("one decoy event, right after the right password; none for the wrong one")
                .containsExactlyElementsOf(expected);
        JsonNode decoy = EventJson.of(events, DecoyCredentialUsed.ACTION).get(0);
        assertThat(decoy.at("/user/name").asText()).isEqualTo(user);
        assertThat(decoy.at("/file/path").asText()).isEqualTo("/etc/shadow");
        assertThat(decoy.at("/mirage/decoy/strength").asText()).isEqualTo("easy");
        assertThat(decoy.at("/mirage/auth/method").asText()).isEqualTo(method);
    }

    private String retrieve(String path) throws Exception {
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.setDataTimeout(WAIT);
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        ftp.enterLocalPassiveMode();
        assertThat(ftp.login("anonymous", "mozilla@example.com")).isTrue();
        ftp.setFileType(FTP.BINARY_FILE_TYPE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ftp.retrieveFile(path, out)).as(ftp.getReplyString()).isTrue();
        ftp.logout();
        ftp.disconnect();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String shadowHash(String shadow, String user) {
        return shadow.lines().filter(l -> l.startsWith(user + ":")).findFirst().orElseThrow().split(":")[1];
    }

    /** Every word of the easy list with every two digits, hashed with the entry's own salt. */
    private static String crack(String hash) {
        for (String word : WordList.of(WordList.EASY)) {
            for (int d = 0; d < 100; d++) {
                String candidate = word + (d < 10 ? "0" : "") + d;
                if (Md5Crypt.md5Crypt(candidate.getBytes(StandardCharsets.UTF_8), hash).equals(hash)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** A netcat-style Telnet client (no IAC answers): sends the lines, reads until the server closes. */
    private String telnet(String lines) throws Exception {
        try (Socket s = new Socket("127.0.0.1", sensor.port("telnet"))) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(lines.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            StringBuilder seen = new StringBuilder();
            byte[] buf = new byte[1024];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                seen.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            return seen.toString();
        }
    }

    /** The MINA SSHD client with the passwords in turn. */
    private void ssh(String user, String... passwords) throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true);
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        client.start();
        try (ClientSession s = client.connect(user, "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession()) {
            for (String p : passwords) {
                s.addPasswordIdentity(p);
            }
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
        } finally {
            client.stop();
        }
    }
}
