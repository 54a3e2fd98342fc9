package dev.mirage.testing;

import dev.mirage.event.TranscriptChunk;
import dev.mirage.store.Store;
import dev.mirage.util.Visible;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * Replays what every test's sensor said to its clients (the outbound side of every recorded
 * transcript) and fails on a word that reveals us: our stack's names or this machine's real host
 * name. Runs after every test that uses {@link Sensor}, so the whole suite's dialogues are checked.
 */
public final class Leaks {
    private static final Pattern STACK = Pattern.compile(
            "(?i)\\b(java|jvm|openjdk|hotspot|mina|sshd|apache-sshd|jetty|mirage|picocli|jackson|sqlite)\\b");

    private Leaks() {
    }

    public static void assertNoneIn(Path data) throws Exception {
        List<String> found = new ArrayList<>();
        Pattern host = hostPattern();
        try (Connection c = Store.openForRead(data);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT session_id, data FROM events WHERE action = 'session.transcript' ORDER BY seq")) {
            while (rs.next()) {
                String session = rs.getString(1);
                TranscriptChunk.forEachFrame(rs.getBytes(2), (inbound, bytes) -> {
                    if (!inbound) {
                        String text = new String(bytes, StandardCharsets.ISO_8859_1);
                        find(STACK, text, session, found);
                        if (host != null) {
                            find(host, text, session, found);
                        }
                    }
                });
            }
        }
        if (!found.isEmpty()) {
            throw new AssertionFailedError("the sensor said something that reveals us:\n" + String.join("\n", found));
        }
    }

    /** Outbound text that reveals us, or an empty list (for tests of this check). */
    public static List<String> in(String outbound) {
        List<String> found = new ArrayList<>();
        find(STACK, outbound, "-", found);
        return found;
    }

    private static void find(Pattern p, String text, String session, List<String> found) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30));
            found.add("session " + session + ": '" + m.group() + "' in ..." + Visible.of(around) + "...");
        }
    }

    /** The real host name (and its first label), when it is distinctive enough to search for. */
    private static Pattern hostPattern() {
        try {
            String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
            if (name.equals("localhost") || name.length() < 4) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            parts.add(Pattern.quote(name));
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (first.length() >= 4) {
                parts.add(Pattern.quote(first));
            }
            return Pattern.compile("(?i)\\b(" + String.join("|", parts) + ")\\b");
        } catch (Exception e) {
            return null;
        }
    }
}
