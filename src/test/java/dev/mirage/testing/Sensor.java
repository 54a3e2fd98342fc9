package dev.mirage.testing;

import dev.mirage.config.ConfigLoader;
import dev.mirage.config.MirageConfig;
import dev.mirage.config.Overrides;
import dev.mirage.core.Daemon;
import dev.mirage.core.Services;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Mirage for one test: chosen listeners on port 0 (loopback), a fresh data directory,
 * started before each test and stopped after. Register with {@code @RegisterExtension}.
 */
public final class Sensor implements BeforeEachCallback, AfterEachCallback {
    private static final List<String> ALL = List.of("ftp", "ssh", "telnet", "smtp", "finger", "http", "pop3",
            "dns", "sunrpc", "imap4", "netbus", "sub7", "bo2k", "generic");
    private static final Set<String> SERVICES = Set.of("ftp", "ssh", "telnet", "smtp", "finger", "http", "pop3");

    private final Set<String> enabled;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    private Services services = Services.standard();
    private String yaml;
    private Path data;
    private Daemon daemon;
    private MirageConfig config;
    private final ByteArrayOutputStream status = new ByteArrayOutputStream();

    private Sensor(Set<String> enabled) {
        this.enabled = enabled;
    }

    /** A sensor with only these services and traps listening. */
    public static Sensor with(String... names) {
        return new Sensor(Set.of(names));
    }

    /** Sets a config key, e.g. set("limits.trap-window", "200ms"). */
    public Sensor set(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /** A YAML config (only the keys it changes) applied before set() keys and the test's port/enable settings. */
    public Sensor config(String yaml) {
        this.yaml = yaml;
        return this;
    }

    /** Uses these emulated services instead of the standard set. */
    public Sensor services(Services s) {
        this.services = s;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stop();
        try {
            if (daemon != null) {
                Leaks.assertNoneIn(data);
                assertNoSessionFailed();
            }
        } finally {
            deleteTree(data);
        }
    }

    public void start() throws Exception {
        data = Files.createTempDirectory("mirage-test");
        Overrides o = new Overrides().set("data", data.toString()).set("listen.bind", "127.0.0.1")
                .set("console.enabled", false);
        for (String name : ALL) {
            String section = SERVICES.contains(name) ? "services." : "traps.";
            o.set(section + name + ".enabled", enabled.contains(name));
            o.set(section + name + ".port", 0);
        }
        settings.forEach(o::set);
        Path file = null;
        if (yaml != null) {
            file = data.resolve("test-config.yaml");
            Files.writeString(file, yaml);
        }
        config = ConfigLoader.load(file, o);
        daemon = new Daemon(config, services);
        daemon.start(new PrintStream(status, true, StandardCharsets.UTF_8));
    }

    public void stop() throws Exception {
        if (daemon != null) {
            daemon.stop();
        }
    }

    public int port(String name) {
        return daemon.port(name);
    }

    public Daemon daemon() {
        return daemon;
    }

    public MirageConfig config() {
        return config;
    }

    public Path data() {
        return data;
    }

    public String statusLines() {
        return status.toString(StandardCharsets.UTF_8);
    }

    /** Waits until every session opened so far has closed and everything recorded is committed. */
    public void settle() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (daemon.openSessions() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        daemon.recorder().flush();
    }

    /** All recorded sessions, oldest first (after settle()). */
    public List<SessionRow> sessions() throws Exception {
        settle();
        try (Connection c = Store.openForRead(data)) {
            return new SessionQuery(c).sessions(null, null, null, null);
        }
    }

    /** Waits (at most 10 s) until n sessions are recorded and none is open; returns them all. */
    public List<SessionRow> awaitSessions(int n) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<SessionRow> rows = sessions();
        while ((rows.size() < n || rows.stream().anyMatch(r -> r.status().equals("open")))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            rows = sessions();
        }
        return rows;
    }

    /** The recorded events of one session, in order. */
    public List<SessionQuery.EventRow> events(String sessionId) throws Exception {
        settle();
        try (Connection c = Store.openForRead(data)) {
            return new SessionQuery(c).events(sessionId);
        }
    }

    /** Every row of the events table, in order: (action, json); a session's own events are in its sessions row. */
    public List<String[]> allEvents() throws Exception {
        settle();
        List<String[]> out = new ArrayList<>();
        try (Connection c = Store.openForRead(data);
             var rs = c.createStatement().executeQuery("SELECT action, json FROM events ORDER BY seq")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    /** No exception may escape a session: the engine closes such a session with reason "error". */
    private void assertNoSessionFailed() throws Exception {
        try (Connection c = Store.openForRead(data);
             var rs = c.createStatement().executeQuery("SELECT id, service FROM sessions WHERE reason = 'error'")) {
            List<String> failed = new ArrayList<>();
            while (rs.next()) {
                failed.add(rs.getString(2) + " session " + rs.getString(1));
            }
            if (!failed.isEmpty()) {
                throw new org.opentest4j.AssertionFailedError("an exception escaped (see stderr): " + failed);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (p == null || !Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
