package dev.mirage.core;

import dev.mirage.config.MirageConfig;
import dev.mirage.service.finger.FingerService;
import dev.mirage.service.ftp.FtpService;
import dev.mirage.service.http.HttpService;
import dev.mirage.service.pop3.Pop3Service;
import dev.mirage.service.smtp.SmtpService;
import dev.mirage.service.ssh.SshService;
import dev.mirage.service.telnet.TelnetService;
import dev.mirage.service.trap.TrapService;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Which Service answers on a listener: every trap is the same TrapService; emulated services by name. */
public final class Services {
    private final Map<String, Function<ServiceContext, Service>> emulated;

    public Services(Map<String, Function<ServiceContext, Service>> emulated) {
        this.emulated = Map.copyOf(emulated);
    }

    /** Every emulated service this build has. */
    public static Services standard() {
        Map<String, Function<ServiceContext, Service>> m = new LinkedHashMap<>();
        m.put("ftp", FtpService::new);
        m.put("ssh", SshService::new);
        m.put("telnet", TelnetService::new);
        m.put("smtp", SmtpService::new);
        m.put("finger", FingerService::new);
        m.put("http", HttpService::new);
        m.put("pop3", Pop3Service::new);
        return new Services(m);
    }

    Optional<Service> forListener(MirageConfig.ListenerSpec spec, ServiceContext context) {
        if (spec.trap()) {
            return Optional.of(new TrapService(context.config().limits().trapWindow().isZero()));
        }
        Function<ServiceContext, Service> f = emulated.get(spec.service());
        return f == null ? Optional.empty() : Optional.of(f.apply(context));
    }
}
