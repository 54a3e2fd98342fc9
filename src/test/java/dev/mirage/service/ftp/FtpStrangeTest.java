package dev.mirage.service.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.core.Services;
import dev.mirage.testing.Sensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The strange personality: listings that differ between calls, site notes in front of some
 * replies, small pauses; every reply still one a real client reads, and the same seed gives the
 * same session again.
 */
class FtpStrangeTest {
    private static final List<String> NOTES = List.of("Please read the file README.first",
            "If your FTP client crashes or hangs shortly after login please try using a dash (-) as the first"
                    + " character of your password.",
            "The /pub mirror is being resynchronised; files may come and go for a while.",
            "All transfers are logged. Please report problems to root@www.");

    @RegisterExtension
    final Sensor sensor = strange();

    private static Sensor strange() {
        return Sensor.with("ftp").services(new Services(Map.of("ftp", FtpService::new)))
                .set("sensor.personality", "strange").set("sensor.seed", 7);
    }

    @Test
    void oddButValidAndTheSameSeedRepeatsIt() throws Exception {
        long start = System.nanoTime();
        List<String> first = session(sensor.port("ftp"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(8_000);

        List<String> listings = first.stream().filter(s -> s.startsWith("ls ")).toList();
        assertThat(listings.stream().distinct().count()).as("different listings").isGreaterThan(1);
        for (String l : listings) {
            List<String> names = Arrays.asList(l.substring(3).split(","));
            assertThat(names).hasSizeGreaterThanOrEqualTo(3).isSubsetOf("bin", "etc", "lib", "pub");
        }
        List<String> noted = first.stream().filter(r -> r.matches("(?s)(200|230|250)-.*")).toList();
        assertThat(noted).isNotEmpty().allSatisfy(r -> {
            String[] lines = r.split("\r\n");
            assertThat(lines).hasSize(2);
            assertThat(NOTES).contains(lines[0].substring(4));
            assertThat(lines[1]).startsWith(lines[0].substring(0, 3) + " ");
        });

        Sensor again = strange();
        again.start();
        try {
            assertThat(session(again.port("ftp"))).isEqualTo(first);
        } finally {
            again.stop();
            delete(again.data());
        }
    }

    /** One session's visible answers: each reply, and each listing as "ls a,b,c". */
    private static List<String> session(int port) throws Exception {
        List<String> seen = new ArrayList<>();
        FTPClient ftp = new FTPClient();
        ftp.setDefaultTimeout(5000);
        ftp.connect("127.0.0.1", port);
        ftp.enterLocalPassiveMode();
        seen.add(ftp.getReplyString());
        assertThat(ftp.login("anonymous", "guest@")).isTrue();
        seen.add(ftp.getReplyString());
        for (int i = 0; i < 6; i++) {
            seen.add("ls " + String.join(",", ftp.listNames("/")));
            seen.add(ftp.getReplyString());
        }
        for (String dir : List.of("/pub", "/etc", "/")) {
            assertThat(ftp.changeWorkingDirectory(dir)).isTrue();
            seen.add(ftp.getReplyString());
        }
        for (int i = 0; i < 4; i++) {
            assertThat(ftp.sendNoOp()).isTrue();
            seen.add(ftp.getReplyString());
        }
        ftp.logout();
        ftp.disconnect();
        return seen;
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
