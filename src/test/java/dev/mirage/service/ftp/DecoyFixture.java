package dev.mirage.service.ftp;

import dev.mirage.core.Services;
import dev.mirage.session.ServiceContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * FTP services for tests with a decoy password file in the tree: the profile's texts plus an
 * /etc/shadow entry marked {@code decoy: shadow}, whose content is fixed bytes here; the profile's
 * other decoys (the linux profile's /etc/passwd) are this installation's own.
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

    static FtpTexts texts(ServiceContext ctx) {
        FtpTexts t = ctx.profile().section("ftp", FtpTexts.class);
        List<FtpTexts.FileEntry> files = new ArrayList<>(t.files());
        files.add(new FtpTexts.FileEntry("/etc/shadow", "-r--r--r--", "root", "root", null, "2002-06-11 09:47",
                null, "shadow"));
        return withFiles(t, files);
    }

    /** A copy of the texts with other files (a record has no withers; its canonical constructor is called). */
    private static FtpTexts withFiles(FtpTexts t, List<FtpTexts.FileEntry> files) {
        try {
            RecordComponent[] cs = FtpTexts.class.getRecordComponents();
            Class<?>[] types = new Class<?>[cs.length];
            Object[] values = new Object[cs.length];
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                values[i] = cs[i].getName().equals("files") ? files : cs[i].getAccessor().invoke(t);
            }
            Constructor<FtpTexts> c = FtpTexts.class.getDeclaredConstructor(types);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
