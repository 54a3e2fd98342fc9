package dev.mirage.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a real process, as an operator runs it, on loopback ports picked for the test. */
final class MirageProcess implements AutoCloseable {
    final Process process;
    final List<String> output = new CopyOnWriteArrayList<>();

    private final Thread reader;

    private MirageProcess(Process p) {
        this.process = p;
        this.reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // The process ended.
            }
        });
    }

    static Path jar() {
        return Path.of(System.getProperty("mirage.jar", "target/mirage.jar"));
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static MirageProcess start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED", "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return new MirageProcess(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** Waits until a line containing text appears; fails with the output so far. */
    void await(String text, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (output.stream().anyMatch(l -> l.contains(text))) {
                return;
            }
            if (!process.isAlive() && output.stream().noneMatch(l -> l.contains(text))) {
                Thread.sleep(100);
                if (output.stream().anyMatch(l -> l.contains(text))) {
                    return;
                }
                throw new AssertionError("mirage exited (" + process.exitValue() + ") before '" + text + "':\n" + String.join("\n", output));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + text + "' after " + millis + " ms:\n" + String.join("\n", output));
    }

    /** SIGTERM by kill(1): Process.destroy() would also close our end of its output, hiding its last lines. */
    int stop() throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mirage did not stop on SIGTERM:\n" + String.join("\n", output));
        }
        reader.join(5000);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                held.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return ports;
    }

    /** A config with only the seven traps, on free ports, on 127.0.0.1. */
    static Path trapConfig(Path dir, int[] ports, String extra) throws IOException {
        String[] traps = {"dns", "sunrpc", "imap4", "netbus", "sub7", "bo2k", "generic"};
        StringBuilder y = new StringBuilder("listen: { bind: 127.0.0.1 }\nconsole: { enabled: false }\nservices:\n");
        for (String s : new String[] {"ftp", "ssh", "telnet", "smtp", "finger", "http", "pop3"}) {
            y.append("  ").append(s).append(": { enabled: false }\n");
        }
        y.append("traps:\n");
        for (int i = 0; i < traps.length; i++) {
            y.append("  ").append(traps[i]).append(": { port: ").append(ports[i]).append(" }\n");
        }
        y.append(extra);
        Path f = dir.resolve("mirage.yaml");
        Files.writeString(f, y.toString());
        return f;
    }
}
