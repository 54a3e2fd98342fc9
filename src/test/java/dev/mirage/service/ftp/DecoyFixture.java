package dev.mirage.service.ftp;

import dev.mirage.core.Services;
import dev.mirage.session.ServiceContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * FTP services for tests with a known decoy password file: the profile's /etc/shadow (its entry says
 * {@code decoy: shadow}) holds fixed bytes here, so tests can compare them; the profile's other
 * decoys (the linux profile's /etc/passwd) are this installation's own.
 */
final class DecoyFixture {
    static final byte[] SHADOW = ("root:$1$Qx7Lk2Vb$4mF0c1kq8xJ9dC6pZ2yW1.:11850:0:99999:7:::\n"
            + "webadmin:$1$Hn3aP0sT$Yq2fR7uLw5eK1oB9vM3tZ/:11850:0:99999:7:::\n").getBytes(StandardCharsets.US_ASCII);

    /** Fixed bytes for shadow (so tests can compare them), this installation's own for the profile's other decoys. */
    static Function<String, byte[]> decoys(ServiceContext ctx) {
        return format -> format.equals("shadow") ? SHADOW : ctx.decoys().file(format);
    }

    private DecoyFixture() {
    }

    /** The standard FTP service, its texts with the decoy entry; the policy of the personality. */
    static Services services() {
        return new Services(Map.of("ftp", ctx -> new FtpService(ctx, texts(ctx), decoys(ctx))));
    }

    /** The same with a policy of the test's own. */
    static Services services(FtpPolicy policy) {
        return new Services(Map.of("ftp", ctx -> new FtpService(ctx, texts(ctx), decoys(ctx), policy)));
    }

    /** The profile's own texts: its tree already offers /etc/shadow as the shadow decoy. */
    static FtpTexts texts(ServiceContext ctx) {
        return ctx.profile().section("ftp", FtpTexts.class);
    }
}
