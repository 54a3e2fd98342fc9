package dev.mirage.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole configuration, immutable, in the shape of the YAML file (keys are kebab-case there). */
public record MirageConfig(
        Sensor sensor,
        Listen listen,
        Services services,
        Traps traps,
        String data,
        Limits limits,
        Console console,
        RemoteAdmin remoteAdmin,
        Alerts alerts,
        Jsonl jsonl,
        Decoys decoys) {

    /** Decoy password files: their strength (easy, hard, fun or warning) for every file the profile offers. */
    public record Decoys(String strength) {
    }

    /** The recorder's JSON-lines file: rotated past max-size, oldest rotated files deleted past max-total. */
    public record Jsonl(ByteSize maxSize, ByteSize maxTotal) {
    }

    /**
     * profiles: a folder of the user's own profile files (ID.yaml), "" for the built-in ones only.
     * seed: what the strange and failing personalities draw their chances from; 0 for one of this
     * installation's own (so no two sensors behave alike), any other number to repeat a run.
     */
    public record Sensor(String name, String profile, String personality, String profiles, long seed) {
    }

    public record Listen(String bind, int portOffset) {
    }

    public record Endpoint(boolean enabled, int port) {
    }

    /** An emulated service with no settings of its own beyond its port and personality. */
    public record Plain(boolean enabled, int port, String personality) {
    }

    public record Services(Ftp ftp, Plain ssh, Plain telnet, Smtp smtp, Plain finger, Http http, Pop3 pop3) {
        public Map<String, Endpoint> byName() {
            Map<String, Endpoint> m = new LinkedHashMap<>();
            m.put("ftp", new Endpoint(ftp.enabled(), ftp.port()));
            m.put("ssh", new Endpoint(ssh.enabled(), ssh.port()));
            m.put("telnet", new Endpoint(telnet.enabled(), telnet.port()));
            m.put("smtp", new Endpoint(smtp.enabled(), smtp.port()));
            m.put("finger", new Endpoint(finger.enabled(), finger.port()));
            m.put("http", new Endpoint(http.enabled(), http.port()));
            m.put("pop3", new Endpoint(pop3.enabled(), pop3.port()));
            return m;
        }

        /** Each service's own personality override, "" where it follows sensor.personality. */
        public Map<String, String> personalities() {
            return Map.of("ftp", ftp.personality(), "ssh", ssh.personality(), "telnet", telnet.personality(),
                    "smtp", smtp.personality(), "finger", finger.personality(), "http", http.personality(),
                    "pop3", pop3.personality());
        }
    }

    /** FTP: uploads (where the personality allows them) go to data/ftp/quarantine, capped per file and in total. */
    public record Ftp(boolean enabled, int port, String personality, ByteSize uploadMax, ByteSize quarantineMax) {
    }

    /** SMTP: messages kept as evidence (open relay), capped per message and in total. */
    public record Smtp(boolean enabled, int port, String personality, ByteSize messageMax, ByteSize evidenceMax) {
    }

    /** HTTP: an optional folder of custom pages, a Basic-auth path that captures credentials, a body cap. */
    public record Http(boolean enabled, int port, String personality, String pages, String authPath, ByteSize bodyMax) {
    }

    /** POP3: accounts that can log in, each with a few fake mails. */
    public record Pop3(boolean enabled, int port, String personality, List<Account> accounts) {
        public Pop3 {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    /** A POP3 account of the decoy content. */
    public record Account(String user, String password, List<Mail> mails) {
        public Account {
            mails = mails == null ? List.of() : List.copyOf(mails);
        }
    }

    /** A fake mail in a POP3 account. */
    public record Mail(String from, String to, String subject, String date, String body) {
    }

    public record Generic(boolean enabled, int port, List<Integer> extraPorts) {
        public Generic {
            extraPorts = extraPorts == null ? List.of() : List.copyOf(extraPorts);
        }
    }

    public record Traps(Endpoint dns, Endpoint sunrpc, Endpoint imap4, Endpoint netbus, Endpoint sub7,
                        Endpoint bo2k, Generic generic) {
        /** Every trap port, the generic trap's extra ports included, keyed by config key. */
        public Map<String, Endpoint> byKey() {
            Map<String, Endpoint> m = new LinkedHashMap<>();
            m.put("traps.dns", dns);
            m.put("traps.sunrpc", sunrpc);
            m.put("traps.imap4", imap4);
            m.put("traps.netbus", netbus);
            m.put("traps.sub7", sub7);
            m.put("traps.bo2k", bo2k);
            m.put("traps.generic", new Endpoint(generic.enabled(), generic.port()));
            List<Integer> extra = generic.extraPorts();
            for (int i = 0; i < extra.size(); i++) {
                m.put("traps.generic.extra-ports[" + i + "]", new Endpoint(generic.enabled(), extra.get(i)));
            }
            return m;
        }
    }

    public record Limits(int perSource, int total, Duration idle, ByteSize maxBytes, int maxLine,
                         Duration trapWindow, ByteSize trapBytes, int queue, Duration commitInterval) {
    }

    public record Console(boolean enabled, String bind, int port) {
    }

    public record RemoteAdmin(boolean enabled, String bind, int port) {
    }

    public Path dataDir() {
        return Path.of(data);
    }

    /** The port a listener really binds: port-offset applies to privileged ports only. */
    public int effectivePort(int port) {
        return port > 0 && port < 1024 ? port + listen.portOffset() : port;
    }

    /** All enabled listeners, in start order: emulated services first, then traps. */
    public List<ListenerSpec> listeners() {
        List<ListenerSpec> out = new ArrayList<>();
        services.byName().forEach((name, e) -> {
            if (e.enabled()) {
                out.add(new ListenerSpec("services." + name, name, false, effectivePort(e.port())));
            }
        });
        traps.byKey().forEach((key, e) -> {
            if (e.enabled()) {
                String name = key.startsWith("traps.generic") ? "generic" : key.substring("traps.".length());
                out.add(new ListenerSpec(key, name, true, effectivePort(e.port())));
            }
        });
        return out;
    }

    /** One port to listen on: the config key it came from, the service name recorded, trap or not. */
    public record ListenerSpec(String key, String service, boolean trap, int port) {
    }
}
