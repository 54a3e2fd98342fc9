package dev.mirage.service.finger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "failing": fingerd dies without a word or says it failed, finger runs out of memory, or a stale
 * utmp and a sick mail spool spill their errors before the answer; drawn per session from the
 * seeded dice, so a run repeats exactly.
 */
class FingerFailingTest {
    static final int SEED = 5;
    static final int SESSIONS = 10;

    @RegisterExtension
    final Sensor sensor = failing();

    static Sensor failing() {
        return Finger.sensor("failing").set("sensor.seed", SEED);
    }

    /** What the client saw of "finger root@host", in one word. */
    static String outcome(String out) {
        if (out.isEmpty()) {
            return "silent";
        }
        if (out.equals("fingerd: Internal error\r\n")) {
            return "internal";
        }
        if (out.equals("finger: Out of space.\r\n")) {
            return "out-of-space";
        }
        if (out.startsWith("finger: /var/spool/mail/root: Input/output error\r\n"
                + "finger: /dev/pts/0: No such file or directory\r\nLogin: root ")) {
            return "io-errors";
        }
        return "unexpected: " + out;
    }

    static List<String> run(Sensor s) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            outcomes.add(outcome(Finger.query(s, "root")));
        }
        return outcomes;
    }

    @Test
    void aSickHostFailsInEachOfItsWaysAndRepeatsWithTheSameSeed() throws Exception {
        List<String> outcomes = run(sensor);
        assertThat(outcomes).contains("silent", "internal", "out-of-space", "io-errors")
                .allMatch(o -> !o.startsWith("unexpected"));
        List<SessionRow> rows = sensor.awaitSessions(SESSIONS);
        // Sessions started in the same millisecond may list in either order: compare the replies as a whole.
        List<String> replies = new ArrayList<>();
        for (SessionRow row : rows) {
            assertThat(row.reason()).isEqualTo("failing");
            replies.add(Finger.events(sensor, row, "command").get(0).at("/mirage/command/reply").asText());
        }
        List<String> expected = outcomes.stream().map(o -> switch (o) {
            case "silent" -> "";
            case "internal" -> "fingerd: Internal error";
            case "out-of-space" -> "finger: Out of space.";
            default -> "finger: /var/spool/mail/root: Input/output error";
        }).toList();
        assertThat(replies).containsExactlyInAnyOrderElementsOf(expected);

        Sensor again = failing();
        again.start();
        try {
            assertThat(run(again)).isEqualTo(outcomes);
        } finally {
            again.afterEach(null);
        }
    }
}
