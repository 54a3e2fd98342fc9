package dev.mirage.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mirage.testing.Sensor;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The acceptance test of the profiles: for every built-in profile, a real sensor with all the
 * services its system ran, and the real {@code nmap -sV} against them on loopback. nmap must name
 * the product the profile declares on each; the table of what it said is printed either way.
 */
class NmapTest {
    /** What nmap said of one port: its product and version (empty when it named nothing). */
    record Finding(String profile, String service, String declared, String product, String version) {
        boolean agrees() {
            return declared.equals(product);
        }
    }

    @Test
    void nmapNamesTheDeclaredProductOfEveryEnabledService() throws Exception {
        assumeTrue(nmap() != null, "nmap is not installed (.ci/run installs it)");
        // -Dmirage.nmap.profiles=a,b scans only those (while writing a profile); the default run scans all.
        String only = System.getProperty("mirage.nmap.profiles", "");
        List<String> ids = only.isBlank() ? Profiles.builtInIds() : List.of(only.split(","));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(ids.size(), 6));
        List<Future<List<Finding>>> runs = new ArrayList<>();
        for (String id : ids) {
            runs.add(pool.submit(() -> scan(id)));
        }
        List<Finding> all = new ArrayList<>();
        for (Future<List<Finding>> f : runs) {
            all.addAll(f.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        System.out.println(table(all));
        assertThat(all).as("nmap -sV names the declared product on every port:%n%s", table(all))
                .allMatch(Finding::agrees);
    }

    private static List<Finding> scan(String id) throws Exception {
        Profile profile = Profile.load(id);
        List<String> on = ProfileCheck.SERVICES.keySet().stream()
                .filter(s -> profile.claim(s).enabledByDefault()).toList();
        Sensor sensor = Sensor.with(on.toArray(String[]::new)).set("sensor.profile", id);
        sensor.start();
        try {
            Map<Integer, String> byPort = new LinkedHashMap<>();
            on.forEach(s -> byPort.put(sensor.port(s), s));
            String ports = byPort.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            Process p = new ProcessBuilder(nmap(), "-sV", "-Pn", "-n", "-T4", "--version-intensity", "7",
                    "-p", ports, "-oX", "-", "127.0.0.1").redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] xml = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            Map<Integer, String[]> said = parse(xml);
            List<Finding> out = new ArrayList<>();
            byPort.forEach((port, s) -> {
                String[] pv = said.getOrDefault(port, new String[] {"", ""});
                out.add(new Finding(id, s, profile.claim(s).nmap(), pv[0], pv[1]));
            });
            return out;
        } finally {
            sensor.afterEach(null);
        }
    }

    /** port -> {product, version} from nmap's XML report. */
    private static Map<Integer, String[]> parse(byte[] xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Map<Integer, String[]> out = new LinkedHashMap<>();
        NodeList ports = doc.getElementsByTagName("port");
        for (int i = 0; i < ports.getLength(); i++) {
            Element port = (Element) ports.item(i);
            NodeList svc = port.getElementsByTagName("service");
            if (svc.getLength() > 0) {
                Element s = (Element) svc.item(0);
                out.put(Integer.parseInt(port.getAttribute("portid")),
                        new String[] {s.getAttribute("product"), (s.getAttribute("version") + " " + s.getAttribute("extrainfo")).strip()});
            }
        }
        return out;
    }

    private static String table(List<Finding> all) {
        StringBuilder b = new StringBuilder(String.format("%-20s %-7s %-28s %s%n", "profile", "service", "declared", "nmap -sV said"));
        for (Finding f : all) {
            b.append(String.format("%-20s %-7s %-28s %s%s%n", f.profile(), f.service(), f.declared(),
                    f.product().isEmpty() ? "(nothing)" : f.product() + " " + f.version(), f.agrees() ? "" : "   <-- differs"));
        }
        return b.toString();
    }

    private static String nmap() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "nmap");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }
}
