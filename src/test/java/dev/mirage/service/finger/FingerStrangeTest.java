package dev.mirage.service.finger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.testing.Sensor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "strange": each session sees a different set of the users logged in, idle for different times,
 * always in finger's own format and never idle longer than logged in; repeatable with the seed.
 */
class FingerStrangeTest {
    static final int SEED = 3;
    static final int SESSIONS = 8;
    static final String HEADER = "Login     Name       Tty      Idle  Login Time   Office     Office Phone";

    @RegisterExtension
    final Sensor sensor = strange();

    static Sensor strange() {
        return Finger.sensor("strange").set("sensor.seed", SEED);
    }

    static List<String> run(Sensor s) throws Exception {
        List<String> lists = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            long start = System.nanoTime();
            lists.add(Finger.query(s, ""));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(FingerPolicy.MAX_DELAY_MILLIS + 500L);
        }
        return lists;
    }

    @Test
    void theUsersLoggedInAndTheirIdleTimesDifferFromSessionToSession() throws Exception {
        List<String> lists = run(sensor);
        List<String> logins = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (String out : lists) {
            if (out.equals("No one logged on.\r\n")) {
                logins.add("");
                continue;
            }
            String[] lines = out.split("\r\n");
            assertThat(lines[0]).isEqualTo(HEADER);
            StringBuilder who = new StringBuilder();
            for (int i = 1; i < lines.length; i++) {
                // login, name, tty, idle (blank, minutes or h:mm), login time, where from: finger's short row
                assertThat(lines[i]).matches("(root      root     |jsmith    John Smit)  pts/[01] {3}[ 0-9:]{5}  "
                        + "\\w{3} [ \\d]\\d \\d\\d:\\d\\d \\(192\\.168\\.1\\.\\d+\\)");
                who.append(lines[i], 0, 8).append(' ');
                rows.add(lines[i].substring(0, 34));
            }
            logins.add(who.toString().strip());
        }
        assertThat(new HashSet<>(logins)).as("who is logged in varies").hasSizeGreaterThan(1);
        assertThat(new HashSet<>(rows)).as("idle times vary").hasSizeGreaterThan(2);

        Sensor again = strange();
        again.start();
        try {
            List<String> repeated = run(again);
            for (int i = 0; i < SESSIONS; i++) {
                // The same users with the same idle times; only the clock in "Login Time" may have moved on.
                assertThat(repeated.get(i).replaceAll("\\d\\d:\\d\\d ", ""))
                        .isEqualTo(lists.get(i).replaceAll("\\d\\d:\\d\\d ", ""));
            }
        } finally {
            again.afterEach(null);
        }
    }
}
