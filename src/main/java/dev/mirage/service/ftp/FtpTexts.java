package dev.mirage.service.ftp;

import java.util.List;
import java.util.Map;

/**
 * Every string the FTP service can show, bound from {@code services.ftp} of the active profile.
 * Placeholders in braces ({host}, {path}, {user}, ...) are filled by {@link Template}; anything the
 * client sent is made safe before it is put in. {@code files} is the read-only fake file system.
 */
public record FtpTexts(
        String greeting,
        String timeout,
        String unknownCommand,
        String notImplemented,
        String notLoggedIn,
        String userGuest,
        String userPassword,
        String alreadyLoggedIn,
        String passWithoutUser,
        String guestLoggedIn,
        String userLoggedIn,
        String loginIncorrect,
        String syst,
        List<String> feat,
        List<String> help,
        String helpSyntax,
        String helpUnknown,
        Map<String, String> helpTopics,
        String noop,
        String pwd,
        String cwd,
        String noSuchFile,
        String notADirectory,
        String notPlainFile,
        String permissionDenied,
        String typeA,
        String typeI,
        String typeL,
        String typeE,
        String typeFormN,
        String typeByteSize,
        String modeS,
        String modeOther,
        String struF,
        String struOther,
        String portOk,
        String portRefused,
        String eprtOk,
        String eprtRefused,
        String eprtBadDelimiter,
        String eprtBadFormat,
        String eprtBadProtocol,
        String eprtBadAddress,
        String pasv,
        String epsv,
        String epsvAll,
        String epsvBadProtocol,
        String passiveFailed,
        String noDataConnection,
        String dataConnectRefused,
        String dataConnectTimeout,
        String dataAcceptFailed,
        String opening,
        String openingSize,
        String listName,
        String nlstName,
        String transferComplete,
        String transferAborted,
        String uploadDenied,
        String uploadDiskFull,
        String size,
        String mdtm,
        String deleDenied,
        String mkdDenied,
        String rmdDenied,
        String rnfrOk,
        String rntoDenied,
        String badSequence,
        List<String> quit,
        String listLine,
        String listTotal,
        String listDateRecent,
        String listDateOld,
        List<FileEntry> files,
        // The personalities' words. failing: a listing that cannot be read ({path}), a download that
        // breaks off on a read error ({path}), the server giving up. strange: site notes shown as
        // continuation lines ({host}). aggressive: the site's "detected and reported" notice ({ip}, {host}).
        String failingList,
        String failingRead,
        String failingClose,
        List<String> strangeNotes,
        String detected) {

    public FtpTexts {
        feat = feat == null ? List.of() : List.copyOf(feat);
        help = help == null ? List.of() : List.copyOf(help);
        helpTopics = helpTopics == null ? Map.of() : Map.copyOf(helpTopics);
        quit = quit == null ? List.of() : List.copyOf(quit);
        files = files == null ? List.of() : List.copyOf(files);
        strangeNotes = strangeNotes == null ? List.of() : List.copyOf(strangeNotes);
    }

    /**
     * One entry of the fake file system: its absolute path, its {@code ls -l} mode string (the first
     * character says d for a directory), owner, group, size, date ("2002-04-15 11:27", server time),
     * and for a small file its content (the size then comes from the content). {@code decoy} names a
     * decoy password file format of the profile's {@code decoys} section (e.g. "shadow"): its content
     * is then this installation's generated file, and reading it counts as a password-file download.
     */
    public record FileEntry(String path, String mode, String owner, String group, Long size, String date,
                            String content, String decoy) {
    }
}
