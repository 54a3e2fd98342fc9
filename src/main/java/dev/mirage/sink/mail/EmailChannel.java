package dev.mirage.sink.mail;

import dev.mirage.alert.Alert;
import dev.mirage.alert.AlertText;
import dev.mirage.alert.Severity;
import dev.mirage.config.Alerts;
import dev.mirage.sink.Channel;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * Alert mail through the operator's relay (RFC 5321), with STARTTLS required (RFC 3207) or implicit
 * TLS (RFC 8314) and AUTH (RFC 4954). One channel per audience: the detailed mail and the short
 * one are queued and retried apart, so a retry of one never sends the other twice. The body is
 * text/plain and built by Angus Mail, which chooses a transfer encoding that keeps MIME intact
 * whatever the text; headers carry only our words, and every control character is removed anyway.
 */
public final class EmailChannel implements Channel {
    /** Which mail this channel sends. */
    public enum Audience { DETAILED, SHORT }

    private static final String TIMEOUT_MS = "20000";

    private final Audience audience;
    private final Alerts.Email config;
    private final Severity min;
    private final Session session;
    private final InternetAddress from;
    private final InternetAddress[] to;

    public EmailChannel(Alerts.Email config, Audience audience, String sensor) {
        this(config, audience, sensor, new Properties());
    }

    /** With extra mail properties, e.g. a trusted test host. */
    public EmailChannel(Alerts.Email config, Audience audience, String sensor, Properties extra) {
        this.config = config;
        this.audience = audience;
        this.min = Severity.parse(config.minSeverity());
        this.from = address(config.from());
        this.to = (audience == Audience.DETAILED ? config.detailedTo() : config.shortTo()).stream()
                .map(EmailChannel::address).toArray(InternetAddress[]::new);
        Properties p = new Properties();
        Alerts.Smtp s = config.smtp();
        // Transport.send picks the "smtp" provider for every address; implicit TLS is its ssl.enable.
        String prefix = "mail.smtp.";
        p.put(prefix + "host", s.host());
        p.put(prefix + "port", String.valueOf(s.port()));
        p.put(prefix + "connectiontimeout", TIMEOUT_MS);
        p.put(prefix + "timeout", TIMEOUT_MS);
        p.put(prefix + "writetimeout", TIMEOUT_MS);
        // Our EHLO names the sensor, never the real host name.
        p.put(prefix + "localhost", token(sensor));
        p.put(prefix + "auth", String.valueOf(!s.username().isEmpty()));
        p.put(prefix + "ssl.checkserveridentity", "true");
        p.put(prefix + "ssl.enable", String.valueOf("implicit".equals(s.tls())));
        if ("starttls".equals(s.tls())) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        p.putAll(extra);
        this.session = Session.getInstance(p);
    }

    @Override
    public String name() {
        return "email-" + audience.name().toLowerCase(java.util.Locale.ROOT) + " " + config.smtp().host() + ":"
                + config.smtp().port();
    }

    @Override
    public boolean wants(Alert a) {
        if (to.length == 0) {
            return false;
        }
        if (a.kind() == Alert.Kind.TEST) {
            return true;
        }
        boolean kind = audience == Audience.DETAILED || a.kind() == Alert.Kind.OPEN;
        boolean heartbeat = a.kind() == Alert.Kind.HEARTBEAT;
        return kind && (heartbeat || a.severity().atLeast(min));
    }

    @Override
    public void deliver(Alert a) throws MessagingException {
        MimeMessage m = new SensorMessage(session, from);
        m.setFrom(from);
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSentDate(Date.from(a.time()));
        m.setSubject(header(AlertText.subject(a)), "UTF-8");
        m.setText(audience == Audience.SHORT ? AlertText.shortText(a) : AlertText.detailed(a), "UTF-8");
        m.saveChanges();
        Alerts.Smtp s = config.smtp();
        if (s.username().isEmpty()) {
            Transport.send(m);
        } else {
            Transport.send(m, s.username(), s.password());
        }
    }

    static String header(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 ? ' ' : c));
        return b.toString();
    }

    private static String token(String sensor) {
        String t = sensor.replaceAll("[^A-Za-z0-9.-]", "-");
        return t.isEmpty() ? "sensor" : t;
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a mail address: " + text, e);
        }
    }

    /** A message whose Message-ID names the sender's domain, not this host (which Angus would use). */
    private static final class SensorMessage extends MimeMessage {
        private final String domain;

        SensorMessage(Session s, InternetAddress from) {
            super(s);
            String addr = from.getAddress();
            this.domain = addr.substring(addr.indexOf('@') + 1);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }
}
