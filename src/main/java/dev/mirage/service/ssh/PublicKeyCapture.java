package dev.mirage.service.ssh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.auth.AbstractUserAuth;
import org.apache.sshd.server.auth.AbstractUserAuthFactory;
import org.apache.sshd.server.auth.UserAuth;
import org.apache.sshd.server.auth.UserAuthFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * RFC 4252 section 7, read by hand: the key blob is fingerprinted as OpenSSH does (SHA-256 of the
 * blob, base64 without padding) without parsing the key, so every key type is captured, also those
 * the JDK cannot decode (Ed25519, security keys, certificates). A key never logs in: without a
 * signature check there would be nothing to verify it by, so every request simply fails (a root
 * login by key is still one the aggressive personality detects).
 */
final class PublicKeyCapture extends AbstractUserAuth {
    static final String METHOD = "publickey";

    private final Credentials credentials;

    private PublicKeyCapture(Credentials credentials) {
        super(METHOD);
        this.credentials = credentials;
    }

    static UserAuthFactory factory(Credentials credentials) {
        return new AbstractUserAuthFactory(METHOD) {
            @Override
            public UserAuth createUserAuth(ServerSession session) {
                return new PublicKeyCapture(credentials);
            }
        };
    }

    @Override
    protected Boolean doAuth(Buffer buffer, boolean init) {
        buffer.getBoolean(); // has a signature: a query or a signed attempt, the key is the same
        String algorithm = buffer.getString();
        byte[] blob = buffer.getBytes();
        SshEvents.auth(getSession(), METHOD, getUsername(), keyType(blob, algorithm) + " " + fingerprint(blob), false);
        // null: no answer at all (the connection is being ended), else a plain failure.
        return credentials.keyEnds(getSession(), getUsername()) ? null : Boolean.FALSE;
    }

    /** "SHA256:" and the unpadded base64 of the blob's SHA-256, as ssh-keygen -l prints it. */
    static String fingerprint(byte[] blob) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key type named inside the blob (its first string), else the algorithm the client named. */
    private static String keyType(byte[] blob, String algorithm) {
        try {
            ByteArrayBuffer b = new ByteArrayBuffer(blob);
            int len = b.getInt();
            if (len > 0 && len <= 64 && len <= b.available()) {
                byte[] name = new byte[len];
                b.getRawBytes(name);
                String type = new String(name, StandardCharsets.US_ASCII);
                if (type.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                    return type;
                }
            }
        } catch (RuntimeException malformed) {
            // Fall back to the algorithm name below.
        }
        return dev.mirage.net.Echo.safe(algorithm, 64).replace(' ', '_');
    }
}
