package dev.mirage.service.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failing personality: every session breaks in one place, drawn from the seeded dice, in Sendmail's
 * own words: busy at connect, the spool disk full at MAIL, the queue file unwritable after the
 * message, or the connection dropped while the message arrives.
 */
class SmtpFailingTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("smtp").services(new Services(Map.of("smtp", SmtpService::new)))
            .set("sensor.personality", "failing").set("sensor.seed", 7);

    @Test
    void eachSessionBreaksSomewhereAndTheSameSeedBreaksThemAlike() throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            outcomes.add(deliver());
        }
        assertThat(outcomes).containsExactly("local-error", "disk-full", "dropped", "disk-full",
                "dropped", "busy", "disk-full", "busy");

        List<SessionRow> rows = sensor.awaitSessions(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            String outcome = outcomes.get(i);
            Recorded r = Recorded.of(sensor, rows.get(i));
            boolean cut = outcome.equals("busy") || outcome.equals("dropped");
            assertThat(r.session.reason()).as(outcome).isEqualTo(cut ? "failing" : "quit");
            if (outcome.equals("dropped")) {
                assertThat(r.actions("file.received").get(0).path("mirage").path("file").path("truncated").asBoolean())
                        .isTrue();
            }
            if (outcome.equals("local-error")) {
                assertThat(r.actions("file.received")).hasSize(1);
            }
        }
    }

    /** One delivery to a local user, as far as it gets; says where it broke and checks the words. */
    private String deliver() throws Exception {
        try (Dialogue d = new Dialogue(sensor.port("smtp"))) {
            List<String> greeting = d.reply();
            if (greeting.get(0).startsWith("421")) {
                assertThat(greeting).containsExactly("421 4.3.0 www Service not available, closing transmission channel");
                assertThat(d.closedByServer()).isTrue();
                return "busy";
            }
            d.command("HELO client", "250 ");
            List<String> mail = d.command("MAIL FROM:<a@client.example>", "");
            if (mail.get(0).startsWith("452")) {
                assertThat(mail).containsExactly("452 4.4.5 Insufficient disk space; try again later");
                d.command("RCPT TO:<root@www>", "503 5.0.0 Need MAIL before RCPT");
                d.command("QUIT", "221 ");
                return "disk-full";
            }
            d.command("RCPT TO:<root@www>", "250 ");
            d.command("DATA", "354 ");
            d.send("Subject: report\r\n\r\n" + "a line of the report\r\n".repeat(20) + ".");
            List<String> end;
            try {
                end = d.reply();
            } catch (IOException reset) {
                end = List.of();
            }
            if (end.isEmpty()) {
                return "dropped";
            }
            assertThat(end).singleElement().asString()
                    .matches("451 4\\.0\\.0 collect: Cannot write \\./df\\w{12} \\(bfcommit, uid=0, gid=51\\):"
                            + " No space left on device");
            d.command("QUIT", "221 ");
            return "local-error";
        }
    }
}
