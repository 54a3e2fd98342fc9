package dev.mirage.service.finger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.net.finger.FingerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real finger client (commons-net) and nmap's probe against the listener, and what is recorded. */
class FingerClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Sensor sensor = Sensor.with("finger").services(new Services(Map.of("finger", FingerService::new)))
            .set("sensor.personality", "open");

    private String query(boolean longOutput, String user) throws Exception {
        FingerClient fc = new FingerClient();
        fc.setDefaultTimeout(5000);
        fc.connect("127.0.0.1", sensor.port("finger"));
        try {
            return user == null ? fc.query(longOutput) : fc.query(longOutput, user);
        } finally {
            fc.disconnect();
        }
    }

    static String raw(int port, byte[] send) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(send);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            try {
                in.transferTo(b);
            } catch (java.net.SocketException reset) {
                // The sensor closed with input unread: that is the one-query rule.
            }
            return b.toString(StandardCharsets.UTF_8);
        }
    }

    /** The one query event of the only session: verb, argument, reply, tags. */
    private JsonNode queryEvent() throws Exception {
        SessionRow row = sensor.awaitSessions(1).get(0);
        List<JsonNode> commands = sensor.events(row.id()).stream().filter(e -> e.action().equals("command"))
                .map(e -> {
                    try {
                        return JSON.readTree(e.json());
                    } catch (Exception x) {
                        throw new IllegalStateException(x);
                    }
                }).toList();
        assertThat(commands).hasSize(1);
        assertThat(commands.get(0).at("/mirage/command/verb").asText()).isEqualTo("QUERY");
        return commands.get(0);
    }

    @Test
    void userQueryGivesTheLongEntry() throws Exception {
        String out = query(false, "root");
        assertThat(out).startsWith("Login: root           \t\t\tName: root\r\n"
                + "Directory: /root                    \tShell: /bin/bash\r\n");
        assertThat(out).containsPattern("\r\nOn since \\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d \\(E[SD]T\\) on pts/0 "
                + "from 192\\.168\\.1\\.20\r\n   37 minutes idle\r\n");
        assertThat(out).endsWith("\r\nNo mail.\r\nNo Plan.\r\n");
        JsonNode e = queryEvent();
        assertThat(e.at("/mirage/command/argument").asText()).isEqualTo("root");
        assertThat(e.at("/mirage/command/reply").asText()).isEqualTo("Login: root           \t\t\tName: root");
    }

    @Test
    void emptyQueryListsTheLoggedInUsersShort() throws Exception {
        String out = query(false, null);
        String[] lines = out.split("\r\n");
        assertThat(lines[0]).isEqualTo("Login     Name       Tty      Idle  Login Time   Office     Office Phone");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).matches("root      root       pts/0      37  \\w{3} [ \\d]\\d \\d\\d:\\d\\d \\(192\\.168\\.1\\.20\\)");
        assertThat(lines[2]).startsWith("jsmith    John Smit  pts/1       2  ");
        // Columns line up under the header as the original printf widths put them.
        assertThat(lines[1].indexOf("pts/0")).isEqualTo(lines[0].indexOf("Tty"));
        assertThat(lines[1].indexOf("37") + 2).isEqualTo(lines[0].indexOf("Idle") + 4);
        assertThat(queryEvent().at("/mirage/command/reply").asText()).startsWith("Login     Name");
    }

    @Test
    void slashWAsksForTheLongFormatWithThePlan() throws Exception {
        String out = query(true, "jsmith");
        assertThat(out).startsWith("Login: jsmith         \t\t\tName: John Smith\r\n")
                .endsWith("No mail.\r\nPlan:\r\nMigrating the web server to the new box this week.\r\n"
                        + "Backups of /var/www are in ~/backup until then.\r\n");
        assertThat(queryEvent().at("/mirage/command/argument").asText()).isEqualTo("/W jsmith");
    }

    @Test
    void slashWAloneListsLoggedInUsersLong() throws Exception {
        String out = query(true, null);
        assertThat(out).startsWith("Login: root ").contains("\r\n\r\nLogin: jsmith ");
    }

    @Test
    void realNameMatchesAndLastLoginShows() throws Exception {
        assertThat(query(false, "smith")).startsWith("Login: jsmith ");
        String out = query(false, "webadmin");
        assertThat(out).contains("\r\nLast login ").contains(" on pts/2 from 192.168.1.57\r\n");
        assertThat(query(false, "nobody")).contains("\r\nNever logged in.\r\n");
    }

    @Test
    void unknownUserGetsTheRealReply() throws Exception {
        assertThat(query(false, "xyz")).isEqualTo("finger: xyz: no such user.\r\n");
        assertThat(queryEvent().at("/mirage/command/reply").asText()).isEqualTo("finger: xyz: no such user.");
    }

    @Test
    void forwardingIsRefusedAndTagged() throws Exception {
        assertThat(query(false, "root@example.com")).isEqualTo("fingerd: forwarding not allowed\r\n");
        JsonNode e = queryEvent();
        assertThat(e.at("/mirage/command/argument").asText()).isEqualTo("root@example.com");
        assertThat(e.at("/mirage/tags").toString()).contains("finger-forward");
    }

    @Test
    void nmapGetRequestProbeMatchesLinuxFingerd() throws Exception {
        String out = raw(sensor.port("finger"), "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        // nmap-service-probes, GetRequest: match finger m|^finger: GET: no such user.\r\nfinger: /: no such
        // user.\r\nfinger: HTTP/1.0: no such user.\r\n$| p/Linux fingerd/
        assertThat(Pattern.compile("^finger: GET: no such user.\r\nfinger: /: no such user.\r\n"
                + "finger: HTTP/1.0: no such user.\r\n$").matcher(out).find()).isTrue();
    }
}
