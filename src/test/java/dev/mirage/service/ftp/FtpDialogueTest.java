package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Raw dialogues with the open personality, read as the protocol: send a line, expect a code. */
class FtpDialogueTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
            .set("sensor.personality", "open");

    @Test
    void answersEveryVerbAsWuFtpdDoes() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            assertThat(d.expect(220)).isEqualTo("220 www FTP server (Version wu-2.6.2-5) ready.");
            assertThat(d.call("LIST", 530)).isEqualTo("530 Please login with USER and PASS.");
            assertThat(d.call("PASS nobody", 503)).isEqualTo("503 Login with USER first.");
            assertThat(d.call("SYST", 215)).isEqualTo("215 UNIX Type: L8");
            assertThat(d.call("HELP", 214)).startsWith("214-The following commands are recognized")
                    .endsWith("214 Direct comments to root@localhost.");
            assertThat(d.call("HELP retr", 214)).isEqualTo("214 Syntax: RETR <sp> file-name");
            assertThat(d.call("FEAT", 500)).isEqualTo("500 'FEAT': command not understood.");
            assertThat(d.call("USER root", 331)).isEqualTo("331 Password required for root.");
            assertThat(d.call("PASS toor", 530)).isEqualTo("530 Login incorrect.");
            assertThat(d.call("user ftp", 331)).startsWith("331 Guest login ok");
            assertThat(d.call("PASS guest@", 230)).isEqualTo("230 Guest login ok, access restrictions apply.");
            assertThat(d.call("USER root", 530)).isEqualTo("530 Already logged in.");
            assertThat(d.call("ACCT x", 502)).isEqualTo("502 ACCT command not implemented.");
            assertThat(d.call("NOOP", 200)).isEqualTo("200 NOOP command successful.");
            assertThat(d.call("PWD", 257)).isEqualTo("257 \"/\" is current directory.");
            assertThat(d.call("CWD //etc/../etc/./", 250)).isEqualTo("250 CWD command successful.");
            assertThat(d.call("XPWD", 257)).isEqualTo("257 \"/etc\" is current directory.");
            assertThat(d.call("CWD passwd", 550)).isEqualTo("550 passwd: Not a directory.");
            assertThat(d.call("CWD /nope", 550)).isEqualTo("550 /nope: No such file or directory.");
            assertThat(d.call("CDUP", 250)).isEqualTo("250 CWD command successful.");
            assertThat(d.call("CDUP", 250)).isEqualTo("250 CWD command successful.");
            assertThat(d.call("PWD", 257)).isEqualTo("257 \"/\" is current directory.");
            assertThat(d.call("TYPE I", 200)).isEqualTo("200 Type set to I.");
            assertThat(d.call("TYPE E", 504)).isEqualTo("504 Type E not implemented.");
            assertThat(d.call("TYPE Q", 500)).isEqualTo("500 'TYPE Q': command not understood.");
            assertThat(d.call("MODE S", 200)).isEqualTo("200 MODE S ok.");
            assertThat(d.call("MODE B", 502)).isEqualTo("502 Unimplemented MODE type.");
            assertThat(d.call("STRU F", 200)).isEqualTo("200 STRU F ok.");
            assertThat(d.call("STRU R", 504)).isEqualTo("504 Unimplemented STRU type.");
            assertThat(d.call("SIZE /etc/passwd", 213)).matches("213 \\d+");
            assertThat(d.call("SIZE /etc", 550)).isEqualTo("550 /etc: not a plain file.");
            assertThat(d.call("MDTM etc/passwd", 213)).isEqualTo("213 20020611094700");
            assertThat(d.call("DELE /etc/passwd", 553))
                    .isEqualTo("553 /etc/passwd: Permission denied on server. (Delete)");
            assertThat(d.call("MKD /pub/x", 550)).isEqualTo("550 /pub/x: Permission denied on server. (Upload dirs)");
            assertThat(d.call("RMD /pub", 550)).isEqualTo("550 /pub: Permission denied.");
            assertThat(d.call("RNTO /x", 503)).isEqualTo("503 Bad sequence of commands.");
            assertThat(d.call("RNFR /etc/passwd", 350)).isEqualTo("350 File exists, ready for destination name");
            assertThat(d.call("RNTO /pub/passwd", 553))
                    .isEqualTo("553 /etc/passwd: Permission denied on server. (rename)");
            assertThat(d.call("RETR /etc", 550)).isEqualTo("550 /etc: not a plain file.");
            assertThat(d.call("RETR /etc/passwd", 425)).startsWith("425 Can't build data connection");
            assertThat(d.call("EPSV ALL", 200)).isEqualTo("200 EPSV ALL command successful.");
            assertThat(d.call("EPSV 2", 522)).isEqualTo("522 Network protocol mismatch, use (1)");
            assertThat(d.call("EPSV", 229)).matches("229 Entering Extended Passive Mode \\(\\|\\|\\|\\d+\\|\\)");
            assertThat(d.call("PASV", 227)).matches("227 Entering Passive Mode \\(127,0,0,1,\\d+,\\d+\\)");
            assertThat(d.call("XYZZY plugh", 500)).isEqualTo("500 'XYZZY plugh': command not understood.");
            assertThat(d.call("QUIT", 221)).startsWith("221-You have transferred 0 bytes in 0 files.")
                    .contains("221-Thank you for using the FTP service on www.").endsWith("221 Goodbye.");
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(row.reason()).isEqualTo("quit");
        assertThat(row.credentials()).extracting(c -> c.user() + "/" + c.secret() + "/" + c.success())
                .containsExactly("root/toor/false", "ftp/guest@/true");
        List<String> json = sensor.events(row.id()).stream().map(e -> e.json()).toList();
        assertThat(json).anyMatch(j -> j.contains("\"verb\":\"DELE\"") && j.contains("\"argument\":\"/etc/passwd\"")
                && j.contains("553 /etc/passwd: Permission denied on server. (Delete)"));
        assertThat(json).anyMatch(j -> j.contains("\"verb\":\"XYZZY\"") && j.contains("\"argument\":\"plugh\""));
    }

    @Test
    void refusesAndRecordsAnFtpBounce() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("ftp"))) {
            d.expect(220);
            d.call("USER anonymous", 331);
            d.call("PASS a@b", 230);
            assertThat(d.call("PORT 10,0,0,1,0,25", 502)).isEqualTo("502 Illegal PORT Command");
            assertThat(d.call("EPRT |1|192.0.2.9|25|", 502)).isEqualTo("502 Illegal EPRT Command");
            assertThat(d.call("EPRT |2|::1|2121|", 502)).isEqualTo("502 Illegal EPRT Command");
            assertThat(d.call("PORT 127,0,0,1,0,25", 502)).isEqualTo("502 Illegal PORT Command");
            assertThat(d.call("EPRT |1|evil.example|25|", 501)).isEqualTo("501 Bad address evil.example.");
            assertThat(d.call("EPRT |3|1.2.3.4|25|", 522)).startsWith("522 ");
            assertThat(d.call("EPRT x", 501)).isEqualTo("501 EPRT bad format.");
            assertThat(d.call("PORT 1,2,3", 500)).isEqualTo("500 'PORT 1,2,3': command not understood.");
            assertThat(d.call("PORT 127,0,0,1,200,1", 200)).isEqualTo("200 PORT command successful.");
            assertThat(d.call("EPRT |1|127.0.0.1|51201|", 200)).isEqualTo("200 EPRT command successful.");
            // Nobody listens there: the transfer fails cleanly.
            d.send("NLST");
            assertThat(d.reply()).startsWith("425 ");
            d.call("QUIT", 221);
        }
        SessionRow row = sensor.awaitSessions(1).get(0);
        List<String> json = sensor.events(row.id()).stream().map(e -> e.json()).toList();
        List<String> bounces = json.stream().filter(j -> j.contains("ftp-bounce")).toList();
        assertThat(bounces).hasSize(3);
        assertThat(bounces.get(0)).contains("\"verb\":\"PORT\"", "\"argument\":\"10,0,0,1,0,25\"",
                "502 Illegal PORT Command");
        assertThat(json).noneMatch(j -> j.contains("127,0,0,1,0,25") && j.contains("ftp-bounce"));
    }

    @Test
    void curlCompletesAndItsCredentialsAreStored() throws Exception {
        assumeTrue(new File("/usr/bin/curl").canExecute(), "curl not installed");
        Process p = new ProcessBuilder("curl", "-sS", "--max-time", "10",
                "ftp://127.0.0.1:" + sensor.port("ftp") + "/", "--user", "u:p").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("530");
        Process anon = new ProcessBuilder("curl", "-sS", "--max-time", "10",
                "ftp://127.0.0.1:" + sensor.port("ftp") + "/etc/passwd").redirectErrorStream(true).start();
        String passwd = new String(anon.getInputStream().readAllBytes());
        assertThat(anon.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(passwd).startsWith("root:x:0:0:");
        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(rows).flatExtracting(SessionRow::credentials).extracting(c -> c.user() + ":" + c.secret())
                .contains("u:p", "anonymous:ftp@example.com");
    }
}
