package dev.mirage.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `run --port-offset`: every trap listens and says so; a port in use is a status line with the fix, not a crash. */
class RunIT {
    @TempDir
    Path dir;

    @Test
    void statusLinesNameEachListenerAndEachFailure() throws Exception {
        int[] ports = MirageProcess.freePorts(7);
        try (java.net.ServerSocket squatter = new java.net.ServerSocket(ports[3], 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path config = MirageProcess.trapConfig(dir, ports, "");
            try (MirageProcess m = MirageProcess.start("run", "--config", config.toString(), "--data", dir.resolve("d").toString())) {
                m.await("ready:", 20_000);
                for (String trap : new String[] {"dns", "sunrpc", "imap4", "sub7", "bo2k", "generic"}) {
                    assertThat(m.output).anyMatch(l -> l.contains("listening") && l.contains(trap));
                }
                assertThat(m.output).anyMatch(l -> l.contains("FAILED") && l.contains("netbus")
                        && l.contains("in use") && l.contains(String.valueOf(ports[3])));
                try (Socket s = new Socket("127.0.0.1", ports[0])) {
                    assertThat(s.isConnected()).isTrue();
                }
                assertThat(m.stop()).isZero();
            }
        }
    }

    @Test
    void badConfigExitsTwoNamingTheKey() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "traps:\n  dns: { port: 99999 }\n");
        try (MirageProcess m = MirageProcess.start("run", "--config", bad.toString())) {
            assertThat(m.process.waitFor()).isEqualTo(2);
            Thread.sleep(100);
            assertThat(String.join("\n", m.output)).contains("traps.dns.port").contains("99999");
        }
    }
}
