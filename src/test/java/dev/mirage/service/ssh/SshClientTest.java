package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.core.Services;
import dev.mirage.profile.Profile;
import dev.mirage.session.ServiceContext;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SSH service against the MINA SSHD client: each credential method captured, version, host keys. */
class SshClientTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final Sensor sensor = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)))
            .set("sensor.personality", "open");

    private SshClient client;
    private final AtomicReference<PublicKey> serverKey = new AtomicReference<>();

    @BeforeEach
    void client() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> {
            serverKey.set(key);
            return true;
        });
        CoreModuleProperties.CLIENT_IDENTIFICATION.set(client, "OpenSSH_9.2p1 Debian-2");
        client.start();
    }

    @AfterEach
    void stopClient() throws Exception {
        client.stop();
    }

    private ClientSession connect(String user) throws Exception {
        return client.connect(user, "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession();
    }

    @Test
    void recordsAPasswordAttemptAndTheClientVersion() throws Exception {
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        try (ClientSession s = connect("root")) {
            s.addPasswordIdentity("hunter2");
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
            assertThat(s.getServerVersion()).isEqualTo("SSH-1.99-OpenSSH_3.1p1");
        }
        List<SessionRow> rows = sensor.awaitSessions(1);
        var events = sensor.events(rows.get(0).id());
        assertThat(SshEventsRead.attempts(events)).containsExactly("password root hunter2 failure");
        assertThat(SshEventsRead.clientInfo(events)).containsExactly("ssh-version=SSH-2.0-OpenSSH_9.2p1 Debian-2");
        assertThat(events.get(0).json()).contains("\"source\":{\"ip\":\"127.0.0.1\"");
        assertThat(rows.get(0).reason()).isIn("peer", "auth-tries");
    }

    @Test
    void recordsPublicKeysWithTypeAndFingerprint() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair ecKey = ec.generateKeyPair();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rsaKey = rsa.generateKeyPair();
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "publickey");
        try (ClientSession s = connect("deploy")) {
            s.addPublicKeyIdentity(ecKey);
            s.addPublicKeyIdentity(rsaKey);
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
        }
        var events = sensor.events(sensor.awaitSessions(1).get(0).id());
        assertThat(SshEventsRead.attempts(events)).contains(
                "publickey deploy ecdsa-sha2-nistp256 " + KeyUtils.getFingerPrint(ecKey.getPublic()) + " failure",
                "publickey deploy ssh-rsa " + KeyUtils.getFingerPrint(rsaKey.getPublic()) + " failure");
        assertThat(KeyUtils.getFingerPrint(ecKey.getPublic())).startsWith("SHA256:");
    }

    @Test
    void recordsKeyboardInteractiveResponses() throws Exception {
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "keyboard-interactive");
        try (ClientSession s = connect("admin")) {
            s.addPasswordIdentity("letmein");
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
        }
        var events = sensor.events(sensor.awaitSessions(1).get(0).id());
        assertThat(SshEventsRead.attempts(events)).contains("keyboard-interactive admin letmein failure");
    }

    @Test
    void disconnectsAfterTheProfilesNumberOfTries() throws Exception {
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        CoreModuleProperties.PASSWORD_PROMPTS.set(client, 20);
        try (ClientSession s = connect("root")) {
            for (int i = 0; i < 12; i++) {
                s.addPasswordIdentity("pw" + i);
            }
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        List<String> attempts = SshEventsRead.attempts(sensor.events(row.id()));
        assertThat(attempts).hasSizeBetween(6, 8).allMatch(a -> a.startsWith("password root pw"));
        assertThat(row.reason()).isEqualTo("auth-tries");
    }

    @Test
    void hostKeysAreMadeOnceAndKept() throws Exception {
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        try (ClientSession s = connect("root")) {
            s.addPasswordIdentity("x");
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
        }
        Path folder = sensor.data().resolve("ssh");
        byte[] rsaBefore = Files.readAllBytes(folder.resolve("ssh_host_rsa_key"));
        byte[] ecBefore = Files.readAllBytes(folder.resolve("ssh_host_ecdsa_key"));
        // A second service on the same data directory, as after a restart: same files, same keys.
        ServiceContext ctx = ServiceContext.of(sensor.config(), Profile.load("linux"));
        try (SshService again = new SshService(ctx)) {
            assertThat(again).isNotNull();
        }
        assertThat(Files.readAllBytes(folder.resolve("ssh_host_rsa_key"))).isEqualTo(rsaBefore);
        assertThat(Files.readAllBytes(folder.resolve("ssh_host_ecdsa_key"))).isEqualTo(ecBefore);
        KeyPairProvider reloaded = HostKeys.load(folder);
        List<PublicKey> keys = new java.util.ArrayList<>();
        reloaded.loadKeys(null).forEach(k -> keys.add(k.getPublic()));
        assertThat(keys).contains(serverKey.get());
        assertThat(new String(rsaBefore, java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
    }
}
