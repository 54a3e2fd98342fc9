package dev.mirage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.testing.Cli;
import dev.mirage.testing.Sensor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 1 000 connections from 50 concurrent clients to the seven traps: every one is in `logs`, and the filters work. */
class LogsTest {
    private static final List<String> TRAPS = List.of("dns", "sunrpc", "imap4", "netbus", "sub7", "bo2k", "generic");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Sensor sensor = Sensor.with(TRAPS.toArray(String[]::new)).set("limits.trap-window", "1s");

    /** What a client did: from where, to which trap, what it sent. */
    record Sent(String trap, String sourceIp, String payload) {
    }

    private Map<String, Sent> attack(int connections, int concurrency, int firstSource) throws Exception {
        Map<String, Sent> sent = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                int n = i;
                jobs.add(pool.submit(() -> {
                    String trap = TRAPS.get(n % TRAPS.size());
                    String source = "127.0.0." + (firstSource + n % 5);
                    String payload = "probe-" + n + "\r\n";
                    try (Socket s = new Socket()) {
                        s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
                        s.connect(new InetSocketAddress("127.0.0.1", sensor.port(trap)));
                        s.getOutputStream().write(payload.getBytes(StandardCharsets.US_ASCII));
                        s.shutdownOutput();
                        s.setSoTimeout(5000);
                        s.getInputStream().read();
                        sent.put(source + ":" + s.getLocalPort(), new Sent(trap, source, payload));
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        }
        return sent;
    }

    private static String key(JsonNode s) {
        return s.at("/source/ip").asText() + ":" + s.at("/source/port").asInt();
    }

    private List<JsonNode> json(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("logs", "--data", sensor.data().toString(), "--format", "json"));
        args.addAll(List.of(filters));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void everyConnectionIsOneSessionAndTheFiltersWork() throws Exception {
        Map<String, Sent> first = attack(500, 50, 1);
        sensor.settle();
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        Map<String, Sent> second = attack(500, 50, 1);
        sensor.settle();

        List<JsonNode> all = json();
        assertThat(all).hasSize(1000);
        Map<String, Sent> sent = new HashMap<>(first);
        sent.putAll(second);
        for (JsonNode s : all) {
            Sent expected = sent.get(key(s));
            assertThat(expected).as("a session for a port no client used: " + s).isNotNull();
            assertThat(s.at("/source/ip").asText()).isEqualTo(expected.sourceIp());
            assertThat(s.at("/service/name").asText()).isEqualTo(expected.trap());
            assertThat(s.at("/destination/port").asInt()).isEqualTo(sensor.port(expected.trap()));
            assertThat(new String(Base64.getDecoder().decode(s.at("/mirage/payload/base64").asText()), StandardCharsets.US_ASCII))
                    .isEqualTo(expected.payload());
            assertThat(s.at("/mirage/session/id").asText()).hasSize(20);
            assertThat(s.at("/@timestamp").asText()).endsWith("Z");
        }
        assertThat(all).extracting(LogsTest::key).doesNotHaveDuplicates();

        long netbus = sent.values().stream().filter(s -> s.trap().equals("netbus")).count();
        assertThat(json("--service", "netbus")).hasSize((int) netbus)
                .allSatisfy(s -> assertThat(s.at("/service/name").asText()).isEqualTo("netbus"));
        long from3 = sent.values().stream().filter(s -> s.sourceIp().equals("127.0.0.3")).count();
        assertThat(json("--ip", "127.0.0.3")).hasSize((int) from3)
                .allSatisfy(s -> assertThat(s.at("/source/ip").asText()).isEqualTo("127.0.0.3"));
        assertThat(json("--ip", "127.0.0.0/8")).hasSize(1000);
        assertThat(Cli.run("logs", "--data", sensor.data().toString(), "--count").out().trim()).isEqualTo("1000");
        assertThat(json("--ip", "10.0.0.0/8")).isEmpty();
        assertThat(json("--since", between.toString())).hasSize(500)
                .allSatisfy(s -> assertThat(second).containsKey(key(s)));
        assertThat(json("--until", between.toString())).hasSize(500);
        assertThat(json("--since", "1h")).hasSize(1000);
        assertThat(json("--since", "1h", "--service", "dns", "--ip", "127.0.0.1/32"))
                .hasSize((int) sent.values().stream().filter(s -> s.trap().equals("dns") && s.sourceIp().equals("127.0.0.1")).count());
    }

    @Test
    void tableIsAlignedAndBadFiltersAreUsageErrors() throws Exception {
        attack(10, 5, 1);
        sensor.settle();
        Cli table = Cli.run("logs", "--data", sensor.data().toString());
        assertThat(table.exitCode()).isZero();
        String[] lines = table.out().split("\n");
        assertThat(lines[0]).startsWith("START (UTC)");
        assertThat(lines).hasSize(12);
        assertThat(lines[lines.length - 1]).isEqualTo("10 sessions");
        int col = lines[0].indexOf("SERVICE");
        for (int i = 1; i <= 10; i++) {
            assertThat(TRAPS).contains(lines[i].substring(col).split(" ")[0]);
        }
        assertThat(Cli.run("logs", "--data", sensor.data().toString(), "--since", "yesterday-ish").exitCode()).isEqualTo(2);
        assertThat(Cli.run("logs", "--data", sensor.data().toString(), "--ip", "example.com").exitCode()).isEqualTo(2);
        assertThat(Cli.run("logs", "--data", sensor.data().toString(), "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(Cli.run("logs", "--data", sensor.data().resolve("nothing-here").toString()).exitCode()).isEqualTo(2);
    }
}
