package dev.mirage.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.mirage.config.Alerts;
import dev.mirage.config.ConfigException;
import dev.mirage.config.ConfigLoader;
import dev.mirage.config.MirageConfig;
import dev.mirage.config.Overrides;
import dev.mirage.sink.mail.EmailChannel;
import dev.mirage.sink.syslog.SyslogChannel;
import dev.mirage.sink.webhook.WebhookChannel;
import dev.mirage.testing.Cli;
import jakarta.mail.internet.MimeMessage;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each channel against a real server on loopback, and the config and command around them. */
class ChannelsTest {
    private static final Alert TEST = Alert.test("OUTPOST-01", Instant.parse("2026-11-28T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void mailOverImplicitTlsWithAuth() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtps"))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@outpost.example", "alerts", "pw"));
        mail.start();
        try {
            Alerts.Email email = new Alerts.Email(new Alerts.Smtp("127.0.0.1", mail.getSmtps().getPort(), "implicit",
                    "alerts", "pw"), "Sensor OUTPOST-01 <alerts@outpost.example>", List.of("soc@example.org"),
                    List.of("pager@example.org"), Duration.ZERO, "low");
            // GreenMail's certificate is its own: the test trusts it; production checks the relay's.
            Properties trust = new Properties();
            trust.put("mail.smtp.ssl.trust", "127.0.0.1");
            trust.put("mail.smtp.ssl.checkserveridentity", "false");
            new EmailChannel(email, EmailChannel.Audience.DETAILED, "OUTPOST-01", trust).deliver(TEST);
            new EmailChannel(email, EmailChannel.Audience.SHORT, "OUTPOST-01", trust).deliver(TEST);
            MimeMessage[] got = mail.getReceivedMessages();
            assertThat(got).hasSize(2);
            assertThat(got[0].getSubject()).isEqualTo("Test alert from sensor OUTPOST-01");
            assertThat(got[1].getContent().toString().strip()).hasSizeLessThanOrEqualTo(AlertText.SHORT_MAX);

            Alerts.Email wrong = new Alerts.Email(new Alerts.Smtp("127.0.0.1", mail.getSmtps().getPort(), "implicit",
                    "alerts", "nope"), email.from(), email.detailedTo(), List.of(), Duration.ZERO, "low");
            assertThatThrownBy(() -> new EmailChannel(wrong, EmailChannel.Audience.DETAILED, "OUTPOST-01", trust)
                    .deliver(TEST)).isInstanceOf(jakarta.mail.AuthenticationFailedException.class);
        } finally {
            mail.stop();
        }
    }

    @Test
    void mailOverStartTlsWithAuth() throws Exception {
        SSLContext ctx = selfSigned();
        try (StartTlsRelay relay = new StartTlsRelay(ctx, "alerts", "pw")) {
            Alerts.Email email = new Alerts.Email(new Alerts.Smtp("127.0.0.1", relay.port(), "starttls", "alerts", "pw"),
                    "Sensor OUTPOST-01 <alerts@outpost.example>", List.of("soc@example.org"), List.of(), Duration.ZERO,
                    "low");
            Properties trust = new Properties();
            trust.put("mail.smtp.ssl.socketFactory", ctx.getSocketFactory());
            new EmailChannel(email, EmailChannel.Audience.DETAILED, "OUTPOST-01", trust).deliver(TEST);
            StartTlsRelay.Received r = relay.take();
            assertThat(r.tls()).isTrue();
            assertThat(r.user()).isEqualTo("alerts");
            assertThat(r.data()).contains("Subject: Test alert from sensor OUTPOST-01");
        }
    }

    @Test
    void syslogOverUdpAndTlsIsStrictRfc5424() throws Exception {
        try (SyslogReceiver udp = SyslogReceiver.udp()) {
            new SyslogChannel(new Alerts.Syslog("127.0.0.1", udp.port(), "udp", "rfc5424")).deliver(TEST);
            SyslogReceiver.Message m = udp.take();
            assertThat(m.sdId()).isEqualTo("alert@32473");
            assertThat(m.param("kind")).isEqualTo("test");
            assertThat(m.host()).isEqualTo("OUTPOST-01");
            assertThat(m.pri()).isEqualTo(4 * 8 + 5);
        }
        SSLContext ctx = selfSigned();
        try (SyslogReceiver tls = SyslogReceiver.tls(ctx.getServerSocketFactory())) {
            SyslogChannel c = new SyslogChannel(new Alerts.Syslog("127.0.0.1", tls.port(), "tls", "cef"),
                    ctx.getSocketFactory());
            c.deliver(TEST);
            c.deliver(TEST);
            SyslogReceiver.Message m = tls.take();
            assertThat(m.msg()).startsWith("CEF:0|Mirage|Mirage|").contains("|test|", "src=192.0.2.1");
            assertThat(tls.take().msgId()).isEqualTo("test");
            c.close();
            assertThat(tls.failures).isEmpty();
        }
    }

    @Test
    void rfc3164HasOneLine() {
        String text = new String(dev.mirage.sink.syslog.SyslogFormat.format("rfc3164", TEST),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).matches("<37>Nov 28 10:00:00 OUTPOST-01 mirage: Test alert from sensor OUTPOST-01; .*")
                .doesNotContain("\n");
    }

    @Test
    void webhooksInEveryFormatAndExpectStatus() throws Exception {
        try (HookServer hook = new HookServer()) {
            new WebhookChannel(new Alerts.Webhook(hook.url("/slack"), "slack", null, 200)).deliver(TEST);
            new WebhookChannel(new Alerts.Webhook(hook.url("/teams"), "teams", null, 200)).deliver(TEST);
            assertThat(hook.take().body()).startsWith("{\"text\":\"Test alert");
            assertThat(hook.take().body()).contains("\"@type\":\"MessageCard\"");
            hook.status = 500;
            WebhookChannel json = new WebhookChannel(new Alerts.Webhook(hook.url("/x"), "json", java.util.Map.of(), 204));
            assertThatThrownBy(() -> json.deliver(TEST)).hasMessageContaining("answered 500, expected 204");
            assertThat(json.name()).doesNotContain("/x");
        }
    }

    @Test
    void heartbeatAtTheConfiguredInterval() throws Exception {
        try (HookServer hook = new HookServer()) {
            MirageConfig config = ConfigLoader.load(yaml("""
                    alerts:
                      email: { heartbeat: 200ms }
                      webhooks: [ { url: "%s", format: json, expect-status: 200 } ]
                    """.formatted(hook.url("/hb"))), new Overrides());
            Alerting a = new Alerting(config, List.of(new WebhookChannel(config.alerts().webhooks().getFirst())),
                    Duration.ofMillis(50), Duration.ofMillis(200), () -> 7);
            try {
                String first = hook.take().body();
                String second = hook.take().body();
                assertThat(first).contains("\"action\":\"alert.heartbeat\"", "\"listeners\":7");
                assertThat(second).contains("alert.heartbeat");
            } finally {
                a.close();
            }
        }
    }

    @Test
    void alertTestSaysPerChannelDeliveredOrWhyNot() throws Exception {
        try (HookServer hook = new HookServer(); SyslogReceiver udp = SyslogReceiver.udp()) {
            Path file = yaml("""
                    alerts:
                      syslog: [ { host: 127.0.0.1, port: %d, transport: udp, format: rfc5424 } ]
                      webhooks:
                        - { url: "%s", format: json, expect-status: 200 }
                        - { url: "%s", format: json, expect-status: 201 }
                    """.formatted(udp.port(), hook.url("/ok"), hook.url("/bad")));
            Cli r = Cli.run("alert-test", "--config", file.toString());
            assertThat(r.out()).contains("syslog udp 127.0.0.1:" + udp.port() + ": delivered",
                    ": not delivered: answered 200, expected 201");
            assertThat(r.out().lines().filter(l -> l.endsWith(": delivered"))).hasSize(2);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(udp.take().param("kind")).isEqualTo("test");
        }
    }

    @Test
    void secretsComeFromTheEnvironmentAndAMissingOneNamesItsKey() throws Exception {
        Path ok = yaml("alerts: { email: { smtp: { username: alerts, password: \"${PATH}\" } } }");
        assertThat(ConfigLoader.load(ok, new Overrides()).alerts().email().smtp().password()).isEqualTo(System.getenv("PATH"));
        Path missing = yaml("alerts: { email: { smtp: { password: \"${MIRAGE_TEST_UNSET_9F2}\" } } }");
        assertThatThrownBy(() -> ConfigLoader.load(missing, new Overrides())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("alerts.email.smtp.password").hasMessageContaining("MIRAGE_TEST_UNSET_9F2");
        Path bad = yaml("alerts: { syslog: [ { host: 127.0.0.1, port: 514, transport: smoke, format: rfc5424 } ] }");
        assertThatThrownBy(() -> ConfigLoader.load(bad, new Overrides())).hasMessageContaining("alerts.syslog[0].transport")
                .hasMessageContaining("'smoke'").hasMessageContaining("udp");
        Path nulls = yaml("alerts: { email: { smtp: { username: null, password: null } } }");
        assertThat(ConfigLoader.load(nulls, new Overrides()).alerts().email().smtp().username()).isEmpty();
    }

    private Path yaml(String text) throws Exception {
        Path f = Files.createTempFile(dir, "alerts", ".yaml");
        Files.writeString(f, text);
        return f;
    }

    /** A key and certificate for 127.0.0.1 made by keytool, trusted by the client side of the test only. */
    private SSLContext selfSigned() throws Exception {
        Path store = dir.resolve("syslog.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "collector", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(ks, "changeit".toCharArray());
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(km.getKeyManagers(), tm.getTrustManagers(), null);
        return ctx;
    }
}
