package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.testing.Sensor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Strange personality: from the seeded dice, the same mailbox never looks the same twice (messages
 * missing or there twice, other sizes, other unique ids) and the weak accounts work on some visits
 * only; within one session STAT, LIST, UIDL and RETR always agree.
 */
class Pop3StrangeTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").config(Pop3Fixture.YAML).set("sensor.personality", "strange")
            .set("sensor.seed", 3);

    @Test
    void theMailboxVariesFromVisitToVisitButAgreesWithItself() throws Exception {
        Set<String> mailboxes = new HashSet<>();
        List<Boolean> weak = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            try (Dialogue d = new Dialogue(sensor.port("pop3"))) {
                d.send("USER jsmith");
                String login = d.send("PASS jsmith");
                weak.add(login.startsWith("+OK"));
                if (login.startsWith("-ERR")) {
                    assertThat(login).isEqualTo("-ERR Bad login");
                    d.send("USER alice");
                    assertThat(d.send("PASS s3cret")).matches("\\+OK Mailbox open, \\d+ messages");
                }
                mailboxes.add(consistent(d));
            }
        }
        assertThat(weak).contains(true, false);
        assertThat(mailboxes).hasSizeGreaterThan(1);
    }

    /** Checks that STAT, LIST, UIDL and RETR agree; returns the scan and unique-id listings. */
    private static String consistent(Dialogue d) throws Exception {
        String[] stat = d.send("STAT").split(" ");
        List<String> list = d.sendMulti("LIST");
        List<String> uidl = d.sendMulti("UIDL");
        int count = Integer.parseInt(stat[1]);
        assertThat(list).hasSize(count + 1);
        assertThat(uidl).hasSize(count + 1);
        assertThat(new HashSet<>(uidl.subList(1, uidl.size()))).hasSize(count);
        long total = 0;
        for (String entry : list.subList(1, list.size())) {
            String[] f = entry.split(" ");
            long size = Long.parseLong(f[1]);
            total += size;
            List<String> retr = d.sendMulti("RETR " + f[0]);
            assertThat(retr.get(0)).isEqualTo("+OK " + size + " octets");
            long octets = 0;
            for (String line : retr.subList(1, retr.size())) {
                String unstuffed = line.startsWith("..") ? line.substring(1) : line;
                octets += unstuffed.getBytes(StandardCharsets.UTF_8).length + 2;
            }
            assertThat(octets).as("RETR %s", f[0]).isEqualTo(size);
        }
        assertThat(Long.parseLong(stat[2])).isEqualTo(total);
        return String.join(",", list) + "|" + String.join(",", uidl);
    }
}
