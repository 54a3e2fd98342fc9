package dev.mirage.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.mirage.config.ConfigException;
import dev.mirage.decoy.DecoyCheck;
import dev.mirage.decoy.DecoyTexts;
import dev.mirage.decoy.Decoys;
import dev.mirage.service.finger.FingerTexts;
import dev.mirage.service.ftp.FtpTexts;
import dev.mirage.service.http.HttpTexts;
import dev.mirage.service.pop3.Pop3Texts;
import dev.mirage.service.smtp.SmtpTexts;
import dev.mirage.service.ssh.SshTexts;
import dev.mirage.service.telnet.TelnetTexts;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code ./mirage check} asks of a profile beyond binding: every key present, every service's
 * texts bound to its record, and nothing that contradicts the persona it claims (an enabled service
 * nmap would name nothing for, a greeting that is not its protocol's, SSH before SSH existed).
 */
public final class ProfileCheck {
    /** Every emulated service and the record its section binds to. */
    public static final Map<String, Class<? extends Record>> SERVICES = services();
    private static final PropertyNamingStrategies.KebabCaseStrategy KEBAB = new PropertyNamingStrategies.KebabCaseStrategy();

    private ProfileCheck() {
    }

    private static Map<String, Class<? extends Record>> services() {
        Map<String, Class<? extends Record>> m = new LinkedHashMap<>();
        m.put("ftp", FtpTexts.class);
        m.put("ssh", SshTexts.class);
        m.put("telnet", TelnetTexts.class);
        m.put("smtp", SmtpTexts.class);
        m.put("finger", FingerTexts.class);
        m.put("http", HttpTexts.class);
        m.put("pop3", Pop3Texts.class);
        return Map.copyOf(m);
    }

    /** Throws a ConfigException naming the first fault; returns the profile when it has none. */
    public static Profile check(Profile p) {
        JsonNode t = p.tree();
        String at = "profile " + p.id() + " (" + p.source() + ")";
        if (!p.id().equals(t.path("id").asText(null))) {
            throw new ConfigException(at + ": id", t.path("id").asText(null), "differs from the file name",
                    "write 'id: " + p.id() + "' or rename the file to match its id");
        }
        text(p, "name", ".+", "the system's full name, e.g. Red Hat Linux 7.3");
        text(p, "era", "\\d{4}(-\\d{4})?", "a year or a span of years, e.g. 2002 or 2000-2004");
        text(p, "host-name", "[A-Za-z0-9]([A-Za-z0-9-]{0,62})", "one host name label, e.g. www");
        t.path("services").fieldNames().forEachRemaining(s -> {
            if (!SERVICES.containsKey(s)) {
                throw new ConfigException(at + ": services." + s, null, "is no emulated service",
                        "remove it; the services are " + String.join(", ", SERVICES.keySet()));
            }
        });
        SERVICES.forEach((name, type) -> service(p, at, name, type));
        decoys(p, at);
        contradictions(p, at);
        return p;
    }

    private static void text(Profile p, String key, String pattern, String what) {
        JsonNode n = p.tree().path(key);
        if (!n.isValueNode() || !n.asText().matches(pattern)) {
            throw new ConfigException("profile " + p.id() + " (" + p.source() + "): " + key, n.isMissingNode() ? null : n.asText(),
                    n.isMissingNode() ? "is missing" : "is not " + what, "give it " + what);
        }
    }

    private static void service(Profile p, String at, String name, Class<? extends Record> type) {
        JsonNode s = p.tree().path("services").path(name);
        String key = at + ": services." + name;
        if (!s.isObject()) {
            throw new ConfigException(key, null, "is missing", "add the " + name + " section (every profile has all seven)");
        }
        if (!s.path(Profile.ENABLED).isBoolean()) {
            throw new ConfigException(key + "." + Profile.ENABLED, s.path(Profile.ENABLED).asText(null), "is not true or false",
                    "say whether " + p.name() + " ran " + name + " out of the box");
        }
        if (!s.path(Profile.NMAP).isTextual()) {
            throw new ConfigException(key + "." + Profile.NMAP, null, "is missing",
                    "give the product nmap -sV names for this server, e.g. \"OpenSSH\"");
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String k = KEBAB.translate(c.getName());
            if (!s.has(k)) {
                throw new ConfigException(key + "." + k, null, "is missing", "add it (see profiles/linux.yaml for its form)");
            }
        }
        p.section(name, type);
    }

    /**
     * The decoy password files: every key of the section present, the files render at every strength,
     * and each FTP entry's {@code decoy:} names a format the section defines (else the file would
     * silently be missing from the tree).
     */
    private static void decoys(Profile p, String at) {
        JsonNode d = p.tree().path(Decoys.SECTION);
        String key = at + ": " + Decoys.SECTION;
        if (!d.isObject()) {
            throw new ConfigException(key, null, "is missing",
                    "add the decoys section: the password files the system offers (see profiles/linux.yaml)");
        }
        for (RecordComponent c : DecoyTexts.class.getRecordComponents()) {
            String k = KEBAB.translate(c.getName());
            if (!d.has(k)) {
                throw new ConfigException(key + "." + k, null, "is missing", "add it (see profiles/linux.yaml for its form)");
            }
        }
        DecoyCheck.check(p);
        DecoyTexts texts = p.part(Decoys.SECTION, DecoyTexts.class);
        for (FtpTexts.FileEntry e : p.section("ftp", FtpTexts.class).files()) {
            if (e.decoy() != null && !texts.formats().containsKey(e.decoy())) {
                throw new ConfigException(at + ": services.ftp.files " + e.path() + " decoy", e.decoy(),
                        "is no format of the decoys section", "use one of " + String.join(", ", texts.formats().keySet()));
            }
        }
    }

    private static void contradictions(Profile p, String at) {
        int from = Integer.parseInt(p.era().substring(0, 4));
        int to = Integer.parseInt(p.era().substring(p.era().length() - 4));
        if (to < from) {
            throw new ConfigException(at + ": era", p.era(), "ends before it starts", "write the earlier year first");
        }
        for (String name : SERVICES.keySet()) {
            ServiceClaim c = p.claim(name);
            if (c.enabledByDefault() && c.nmap().isBlank()) {
                throw new ConfigException(at + ": services." + name + ".nmap", "", "is empty for a service on by default",
                        "name the product nmap -sV reports for it, or set enabled-by-default: false");
            }
        }
        if (p.claim("ssh").enabledByDefault() && to < 1995) {
            throw new ConfigException(at + ": services.ssh.enabled-by-default", true, "contradicts era " + p.era(),
                    "SSH appeared in 1995: set it false for an older system");
        }
        if (p.claim("http").enabledByDefault() && to < 1991) {
            throw new ConfigException(at + ": services.http.enabled-by-default", true, "contradicts era " + p.era(),
                    "HTTP appeared in 1991: set it false for an older system");
        }
        prefix(p, at, "ftp", "greeting", "220");
        prefix(p, at, "smtp", "greeting", "220");
        prefix(p, at, "pop3", "greeting", "+OK");
        prefix(p, at, "ssh", "version", "SSH-");
    }

    private static void prefix(Profile p, String at, String service, String key, String start) {
        String v = p.tree().path("services").path(service).path(key).asText("");
        if (!v.startsWith(start)) {
            throw new ConfigException(at + ": services." + service + "." + key, v, "does not start with " + start,
                    "the protocol's first line starts so; fix the text");
        }
    }
}
