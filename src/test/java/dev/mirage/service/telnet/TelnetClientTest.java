package dev.mirage.service.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Reads;
import dev.mirage.testing.Sensor;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.net.telnet.EchoOptionHandler;
import org.apache.commons.net.telnet.SuppressGAOptionHandler;
import org.apache.commons.net.telnet.TelnetClient;
import org.apache.commons.net.telnet.TerminalTypeOptionHandler;
import org.apache.commons.net.telnet.WindowSizeOptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real Telnet clients (commons-net, a raw refusing client, a netcat-style one) through the login dialogue. */
class TelnetClientTest {
    static final String BANNER = "\r\nRed Hat Linux release 7.3 (Valhalla)\r\nKernel 2.4.18-3 on an i686\r\n";

    @RegisterExtension
    final Sensor sensor = Sensor.with("telnet").services(new Services(Map.of("telnet", TelnetService::new)))
            .set("sensor.personality", "open");

    @Test
    void commonsNetClientThatAcceptsOptionsIsRecorded() throws Exception {
        TelnetClient tc = new TelnetClient();
        tc.addOptionHandler(new TerminalTypeOptionHandler("VT100", false, false, true, false));
        tc.addOptionHandler(new EchoOptionHandler(false, false, false, true));
        tc.addOptionHandler(new SuppressGAOptionHandler(true, true, true, true));
        tc.addOptionHandler(new WindowSizeOptionHandler(132, 43, false, false, true, false));
        tc.setConnectTimeout(5000);
        tc.connect("127.0.0.1", sensor.port("telnet"));
        tc.setSoTimeout(5000);
        InputStream in = tc.getInputStream();
        OutputStream out = tc.getOutputStream();
        StringBuilder seen = new StringBuilder();

        assertThat(Reads.until(in, seen, "login: ")).isEqualTo(BANNER + "login: ");
        out.write("root\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // The server echoes the user name (WILL ECHO was accepted) but not the password.
        assertThat(Reads.until(in, seen, "Password: ")).endsWith("login: root\r\nPassword: ");
        out.write("toor\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(Reads.until(in, seen, "login: ")).endsWith("Password: \r\nLogin incorrect\r\n\r\nlogin: ");
        for (String[] c : new String[][] {{"admin", "admin"}, {"guest", "guest123"}}) {
            out.write((c[0] + "\n" + c[1] + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        String all = Reads.toEnd(in, seen);
        assertThat(all).doesNotContain("toor", "guest123").endsWith("Password: \r\nLogin incorrect\r\n");
        tc.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("tries");
        List<SessionQuery.EventRow> events = sensor.events(row.id());
        assertThat(TelnetEvents.credentials(events)).containsExactly("root:toor", "admin:admin", "guest:guest123");
        assertThat(TelnetEvents.clientInfo(events)).contains("telnet-terminal=VT100", "telnet-window=132x43");
        assertThat(TelnetEvents.commands(events)).contains("IAC WILL TTYPE -> ", "IAC WONT TSPEED -> ",
                "IAC WILL NAWS -> ", "IAC DO ECHO -> ", "IAC SB TTYPE VT100 -> ", "IAC SB NAWS 132x43 -> ",
                "LOGIN root -> Password: ", "PASSWORD toor -> \r\nLogin incorrect\r\n\r\nlogin: ",
                "PASSWORD guest123 -> \r\nLogin incorrect\r\n");
    }

    @Test
    void commonsNetClientThatRefusesEverythingStillLogsIn() throws Exception {
        TelnetClient tc = new TelnetClient();
        tc.connect("127.0.0.1", sensor.port("telnet"));
        tc.setSoTimeout(5000);
        InputStream in = tc.getInputStream();
        OutputStream out = tc.getOutputStream();
        StringBuilder seen = new StringBuilder();
        assertThat(Reads.until(in, seen, "login: ")).isEqualTo(BANNER + "login: ");
        out.write("oracle\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // No echo: the client refused our WILL ECHO, so it echoes for itself.
        assertThat(Reads.until(in, seen, "Password: ")).endsWith("login: Password: ");
        out.write("oracle\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // oracle/oracle is one of the profile's weak accounts: it reaches the fake shell (open personality).
        assertThat(Reads.until(in, seen, "$ ")).endsWith("Password: \r\nLast login: Mon Nov 25 17:02:41 from 10.1.1.20\r\n"
                + "[oracle@www oracle]$ ");
        out.write("exit\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertThat(Reads.toEnd(in, seen)).endsWith("$ logout\r\n");
        tc.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("logout");
        List<SessionQuery.EventRow> events = sensor.events(row.id());
        assertThat(TelnetEvents.of(events, "auth.attempt")).singleElement()
                .satisfies(j -> assertThat(j.at("/event/outcome").asText()).isEqualTo("success"));
        assertThat(TelnetEvents.commands(events)).contains("IAC WONT NAWS -> ", "IAC DONT ECHO -> ");
        assertThat(TelnetEvents.clientInfo(events)).doesNotContain("telnet-window");
    }

    @Test
    void rawClientThatRefusesEveryOptionCompletesTheDialogue() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            assertThat(t.until("login: ")).isEqualTo(BANNER + "login: ");
            t.send("root\r\n");
            t.until("Password: ");
            t.send("123456\r\n");
            t.until("login: ");
            t.send("root\r\0");
            t.until("Password: ");
            t.send("password\r\0");
            t.until("login: ");
            t.send("support\r\nsupport\r\n");
            assertThat(t.toEnd()).endsWith("Login incorrect\r\n");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(TelnetEvents.credentials(sensor.events(row.id())))
                .containsExactly("root:123456", "root:password", "support:support");
    }

    @Test
    void netcatStyleClientWithoutIacIsServedToo() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), false)) {
            t.send("admin\r\n1234\r\n");
            assertThat(t.until("Login incorrect")).contains(BANNER + "login: Password: \r\nLogin incorrect");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(TelnetEvents.credentials(sensor.events(row.id()))).containsExactly("admin:1234");
    }

    @Test
    void firstBytesAreTheLinuxTelnetdOffersAndNothingElse() throws Exception {
        // nmap-service-probes: match telnet m|\xff\xfd\x18\xff\xfd \xff\xfd#\xff\xfd'$| p/Linux telnetd/
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), false)) {
            t.drain(1500);
            assertThat(t.raw.toByteArray()).containsExactly(0xff, 0xfd, 0x18, 0xff, 0xfd, 0x20, 0xff, 0xfd, 0x23,
                    0xff, 0xfd, 0x27);
        }
    }

    @Test
    void areYouThereIsAnswered() throws Exception {
        try (RawTelnet t = new RawTelnet(sensor.port("telnet"), true)) {
            t.until("login: ");
            t.send(new byte[] {(byte) 255, (byte) 246});
            t.until("[Yes]");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(TelnetEvents.commands(sensor.events(row.id()))).contains("IAC AYT -> \r\n[Yes]\r\n");
    }
}
