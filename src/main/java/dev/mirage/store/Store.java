package dev.mirage.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded SQLite database in the data directory: WAL mode, so the CLI can read while the
 * daemon writes, and numbered migrations (db/V1__init.sql, V2__..., applied once each, in order).
 */
public final class Store {
    public static final String FILE = "mirage.db";

    private Store() {
    }

    /** Opens (creating if needed) the store for writing, and brings its schema up to date. */
    public static Connection openForWrite(Path dataDir) throws SQLException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new SQLException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        // No generated-key lookups: the driver would match every statement against a regex to offer them.
        java.util.Properties props = new java.util.Properties();
        props.setProperty("jdbc.get_generated_keys", "false");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE), props);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            // NORMAL in WAL mode: a commit survives a crash of the process; only a power loss may lose the last commits.
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=10000");
            s.execute("PRAGMA foreign_keys=OFF");
        }
        migrate(c);
        c.setAutoCommit(false);
        return c;
    }

    /** Opens an existing store read-only, for the CLI. */
    public static Connection openForRead(Path dataDir) throws SQLException {
        Path db = dataDir.resolve(FILE);
        if (!Files.exists(db)) {
            throw new SQLException("no session store at " + db + " (start Mirage with --data " + dataDir
                    + ", or give the --data it used)");
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
        }
        return c;
    }

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            for (int v = version + 1; ; v++) {
                String sql = migration(v);
                if (sql == null) {
                    break;
                }
                c.setAutoCommit(false);
                for (String stmt : sql.split(";\\s*(\\n|$)")) {
                    if (!stmt.lines().allMatch(l -> l.isBlank() || l.trim().startsWith("--"))) {
                        s.execute(stmt);
                    }
                }
                s.execute("PRAGMA user_version=" + v);
                c.commit();
                c.setAutoCommit(true);
            }
        }
    }

    /** Migration v (1-based) from db/index.txt, which lists the numbered files in order. */
    private static String migration(int v) {
        String index = read("/db/index.txt");
        String[] names = index == null ? new String[0] : index.strip().split("\\s+");
        return v <= names.length ? read("/db/" + names[v - 1]) : null;
    }

    private static String read(String resource) {
        try (InputStream in = Store.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
