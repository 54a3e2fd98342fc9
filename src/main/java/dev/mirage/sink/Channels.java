package dev.mirage.sink;

import dev.mirage.config.Alerts;
import dev.mirage.config.MirageConfig;
import dev.mirage.sink.mail.EmailChannel;
import dev.mirage.sink.syslog.LocalSyslogChannel;
import dev.mirage.sink.syslog.SyslogChannel;
import dev.mirage.sink.webhook.WebhookChannel;
import java.util.ArrayList;
import java.util.List;

/** The channels a configuration asks for, and the ones it asks for that this host cannot give, with why. */
public record Channels(List<Channel> channels, List<String> unavailable) {

    public static Channels from(MirageConfig config) {
        Alerts a = config.alerts();
        String sensor = config.sensor().name();
        List<Channel> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (!a.email().detailedTo().isEmpty()) {
            out.add(new EmailChannel(a.email(), EmailChannel.Audience.DETAILED, sensor));
        }
        if (!a.email().shortTo().isEmpty()) {
            out.add(new EmailChannel(a.email(), EmailChannel.Audience.SHORT, sensor));
        }
        a.syslog().forEach(s -> out.add(new SyslogChannel(s)));
        if (a.localSyslog()) {
            String why = LocalSyslogChannel.unavailable();
            if (why == null) {
                out.add(LocalSyslogChannel.create());
            } else {
                missing.add("local-syslog: not delivered: " + why);
            }
        }
        a.webhooks().forEach(w -> out.add(new WebhookChannel(w)));
        return new Channels(List.copyOf(out), List.copyOf(missing));
    }
}
