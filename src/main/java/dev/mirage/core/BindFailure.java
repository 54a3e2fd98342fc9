package dev.mirage.core;

import dev.mirage.config.MirageConfig;
import java.io.IOException;
import java.util.Locale;

/** Turns a failed bind into the reason and the fix an operator can act on. */
final class BindFailure {
    private BindFailure() {
    }

    static String explain(MirageConfig.ListenerSpec spec, IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        int port = spec.port();
        if (m.contains("permission") || m.contains("access")) {
            return "port " + port + ": permission denied. Fix: grant CAP_NET_BIND_SERVICE"
                    + " (systemd AmbientCapabilities=CAP_NET_BIND_SERVICE, or setcap cap_net_bind_service=+ep on the java binary),"
                    + " or run with --port-offset 20000 to move ports below 1024";
        }
        if (m.contains("in use")) {
            return "port " + port + " is already in use by another program. Fix: stop that program, or set "
                    + spec.key() + (spec.key().contains("[") ? "" : ".port") + " (or --port " + spec.service() + "=N) to a free port";
        }
        if (m.contains("assign") || m.contains("not available")) {
            return "port " + port + ": the listen.bind address is not on this host. Fix: set listen.bind to one of this host's addresses, or 0.0.0.0";
        }
        return "port " + port + ": " + e.getMessage();
    }
}
