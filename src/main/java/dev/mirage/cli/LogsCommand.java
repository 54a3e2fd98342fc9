package dev.mirage.cli;

import dev.mirage.store.SessionJson;
import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.store.Store;
import dev.mirage.util.Visible;
import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists recorded sessions, filtered by time, service and source, as a table or as ECS JSON lines. */
@Command(name = "logs", mixinStandardHelpOptions = true, description = "List recorded sessions.")
public final class LogsCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--since", paramLabel = "T", description = "Sessions that started at or after T: ISO-8601 time or span back (2h, 7d).")
    String since;

    @Option(names = "--until", paramLabel = "T", description = "Sessions that started before T.")
    String until;

    @Option(names = "--service", paramLabel = "S", description = "Only this service or trap (ftp, ssh, dns, generic, ...).")
    String service;

    @Option(names = "--ip", paramLabel = "IP|CIDR", description = "Only sessions from this address or block.")
    String ip;

    @Option(names = "--format", paramLabel = "F", description = "table (default) or json (one session per line, ECS names).")
    String format = "table";

    @Option(names = "--count", description = "Print only the number of sessions that match.")
    boolean count;

    @Override
    public Integer call() throws Exception {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("json")) {
            throw new UsageException("--format '" + format + "' is not a format; use table or json");
        }
        Instant now = Instant.now();
        Long sinceMs = since == null ? null : TimeArg.parse("--since", since, now).toEpochMilli();
        Long untilMs = until == null ? null : TimeArg.parse("--until", until, now).toEpochMilli();
        IpFilter filter = ip == null ? null : IpFilter.parse(ip);
        List<SessionRow> rows;
        try (Connection c = Store.openForRead(data.dir())) {
            rows = new SessionQuery(c).sessions(sinceMs, untilMs, service == null ? null : service.toLowerCase(Locale.ROOT), filter);
        } catch (java.sql.SQLException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (count) {
            out.println(rows.size());
        } else if (fmt.equals("json")) {
            for (SessionRow r : rows) {
                out.println(SessionJson.toJson(r));
            }
        } else {
            table(out, rows);
        }
        out.flush();
        return 0;
    }

    private static void table(PrintWriter out, List<SessionRow> rows) {
        String f = "%-20s  %-20s  %-8s  %-39s  %5s  %-16s  %7s  %-9s  %s%n";
        out.printf(f, "START (UTC)", "SESSION", "SERVICE", "SOURCE", "PORT", "END", "IN", "ATTEMPT", "WHAT");
        for (SessionRow r : rows) {
            String source = (r.sourceIp().contains(":") ? "[" + r.sourceIp() + "]" : r.sourceIp()) + ":" + r.sourcePort();
            String end = r.status().equals("closed") ? r.reason() : r.status() + (r.reason() == null ? "" : " " + r.reason());
            out.printf(f, TIME.format(Instant.ofEpochMilli(r.startMs())), r.id(), r.service(), source, r.destinationPort(),
                    end, r.bytesIn(), r.attemptService() + "/" + r.attemptTotal(), what(r));
        }
        out.printf("%d session%s%n", rows.size(), rows.size() == 1 ? "" : "s");
    }

    /** A short, escaped summary: credentials tried, else the trap's first bytes. */
    private static String what(SessionRow r) {
        String s;
        if (!r.credentials().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (SessionRow.Credential c : r.credentials()) {
                b.append(b.isEmpty() ? "" : ", ").append(Visible.of(String.valueOf(c.user()))).append('/')
                        .append(Visible.of(String.valueOf(c.secret())));
            }
            s = b.toString();
        } else if (r.payload() != null && r.payload().length > 0) {
            s = "\"" + Visible.of(r.payload(), 0, Math.min(r.payload().length, 48)) + "\"";
        } else {
            s = "";
        }
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
