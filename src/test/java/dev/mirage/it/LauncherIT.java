package dev.mirage.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./mirage launcher: finds a JDK >= 21 by itself, behaves as a command-line tool, says what to install. */
class LauncherIT {
    @TempDir
    Path dir;

    record Result(int code, String out) {
    }

    private static Result run(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(concat("./mirage", args)).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static List<String> concat(String first, String... rest) {
        List<String> l = new java.util.ArrayList<>(List.of(first));
        l.addAll(List.of(rest));
        return l;
    }

    @Test
    void findsAJdkEvenWhenJavaHomeIsOld() throws Exception {
        Result r = run(Map.of("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64"), "--version");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out().strip()).as("the version and nothing else (no JVM notes)").matches("mirage \\S+");
        Result again = run(Map.of(), "--version");
        assertThat(again.out().strip()).as("also with the class-data archive made by the first run").matches("mirage \\S+");
        Result help = run(Map.of(), "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("run").contains("logs").contains("show").contains("check");
        Result none = run(Map.of(), "no-such-command");
        assertThat(none.code()).isEqualTo(2);
    }

    @Test
    void saysWhatToInstallWhenNoJdkIsFound() throws Exception {
        Result r = run(Map.of("MIRAGE_JDK_SEARCH", dir.toString(), "PATH", "/usr/local/sbin:/usr/sbin:/sbin:/bin:" + fakeBin()),
                "--version");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("needs a JDK 21 or newer").contains("apt-get install");
    }

    /** A PATH folder with the tools the script uses but no java. */
    private Path fakeBin() throws IOException {
        Path bin = dir.resolve("bin");
        java.nio.file.Files.createDirectories(bin);
        for (String tool : new String[] {"dirname", "readlink", "sed", "head", "find", "mktemp", "env", "bash", "sh"}) {
            Path real = Path.of("/usr/bin", tool);
            if (!java.nio.file.Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            Path shim = bin.resolve(tool);
            java.nio.file.Files.writeString(shim, "#!/bin/sh\nexec " + real + " \"$@\"\n");
            shim.toFile().setExecutable(true);
        }
        return bin;
    }
}
