package dev.mirage.service.pop3;

import dev.mirage.config.ConfigLoader;
import dev.mirage.config.MirageConfig;
import dev.mirage.core.Services;
import dev.mirage.profile.Profile;
import dev.mirage.session.ServiceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * POP3 services for tests, built on a config with decoy accounts: the harness sets scalar keys only,
 * so the accounts come from a YAML file loaded here and replace the sensor's config in the context.
 * Tests of a personality hand {@link #YAML} to {@code Sensor.config} instead, so their set() keys apply.
 */
final class Pop3Fixture {
    static final String YAML = """
            services:
              pop3:
                accounts:
                  - user: alice
                    password: s3cret
                    mails:
                      - from: "Bob Smith <bob@example.com>"
                        to: "alice@www.localdomain"
                        subject: "Quarterly figures"
                        date: "Tue, 16 Apr 2002 09:14:07 -0400"
                        body: "Hi Alice,\\n.htaccess is attached.\\n\\nThe root password is in the usual place.\\nBob\\n"
                      - from: "root@www.localdomain"
                        to: "alice@www.localdomain"
                        subject: "Backup report"
                        date: "2002-04-17 03:00"
                        body: "All volumes backed up.\\n"
                  - user: bob
                    password: hunter2
            """;

    private Pop3Fixture() {
    }

    static MirageConfig config() {
        try {
            Path f = Files.createTempFile("pop3-accounts", ".yaml");
            try {
                Files.writeString(f, YAML);
                return ConfigLoader.load(f, null);
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard POP3 service, with the accounts above. */
    static Services services() {
        MirageConfig config = config();
        return new Services(Map.of("pop3",
                ctx -> new Pop3Service(new ServiceContext(config, ctx.profile(), ctx.dataDir(), ctx.decoys(), ctx.chances()))));
    }

    /** The POP3 service with the accounts above and the profile's texts changed by {@code texts}. */
    static Services services(UnaryOperator<Pop3Texts> texts) {
        MirageConfig config = config();
        return new Services(Map.of("pop3", ctx -> {
            ServiceContext c = new ServiceContext(config, ctx.profile(), ctx.dataDir(), ctx.decoys(), ctx.chances());
            return new Pop3Service(c, texts.apply(ctx.profile().section("pop3", Pop3Texts.class)));
        }));
    }

    static Profile profile() {
        return Profile.load("linux");
    }
}
