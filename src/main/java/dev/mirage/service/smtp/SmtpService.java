package dev.mirage.service.smtp;

import dev.mirage.config.MirageConfig;
import dev.mirage.session.Service;
import dev.mirage.session.ServiceContext;
import dev.mirage.session.Session;
import java.io.IOException;

/**
 * SMTP (RFC 5321, AUTH per RFC 4954) as the profile's mail server: Sendmail 8.11.6 in the Linux
 * profile. Captures HELO names, every command, every credential and every message. The personality
 * decides the rest ({@link SmtpPolicy}): an open relay, a hardened server, a failing one, a strange
 * one, or one that tells a relay attempt off. Nothing is ever delivered or forwarded.
 */
public final class SmtpService implements Service {
    private final ServiceContext context;
    private final SmtpHost host;
    private final MessageStore store;

    public SmtpService(ServiceContext ctx) {
        this.context = ctx;
        SmtpTexts texts = ctx.profile().section("smtp", SmtpTexts.class);
        this.host = SmtpHost.of(texts, SmtpPolicy.of(ctx.personality("smtp")), ctx.profile().hostName());
        MirageConfig.Smtp config = ctx.config().services().smtp();
        this.store = new MessageStore(ctx, config.messageMax().bytes(), config.evidenceMax().bytes());
    }

    @Override
    public void serve(Session session) throws IOException {
        new SmtpConversation(host, store, session, context.chance("smtp")).run();
    }
}
