package dev.mirage.decoy;

import dev.mirage.event.AuthAttempt;
import dev.mirage.event.DecoyCredentialUsed;

/**
 * This installation's decoy password files and the credentials in them. A service offers a file
 * by its format name from the profile (e.g. FTP's /etc/shadow entry says {@code decoy: shadow});
 * the recorder asks {@link #used} of every credential tried, on every service.
 */
public final class Decoys {
    private static final Decoys NONE = new Decoys();

    private Decoys() {
    }

    /** No decoys (a profile that offers none, or a test that needs none). */
    public static Decoys none() {
        return NONE;
    }

    /** The decoys a profile offers at the configured strength (decoys.strength), this installation's own. */
    public static Decoys create(dev.mirage.profile.Profile profile, String strength, Install install) {
        return NONE;
    }

    /** The content of the decoy file of this format, or null when the profile defines none such. */
    public byte[] file(String format) {
        return null;
    }

    /** The decoy event for a credential from one of our files, or null when it is none of ours. */
    public DecoyCredentialUsed used(AuthAttempt a) {
        return null;
    }
}
