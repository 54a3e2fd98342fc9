package dev.mirage.service.ftp;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Directory lines as wu-ftpd's {@code /bin/ls -lgA} printed them: the layout and the two date
 * forms (recent: time of day; older than six months: year) come from the profile.
 */
public final class ListFormat {
    private final FtpTexts texts;
    private final DateTimeFormatter recent;
    private final DateTimeFormatter old;

    public ListFormat(FtpTexts texts) {
        this.texts = texts;
        this.recent = DateTimeFormatter.ofPattern(texts.listDateRecent(), Locale.US);
        this.old = DateTimeFormatter.ofPattern(texts.listDateOld(), Locale.US);
    }

    public String line(FakeFileSystem.Node n, LocalDateTime now) {
        boolean isRecent = n.date().isAfter(now.minusMonths(6)) && !n.date().isAfter(now.plusHours(1));
        String date = (isRecent ? recent : old).format(n.date());
        return String.format(Locale.US, texts.listLine(), n.mode(), n.links(), n.owner(), n.group(), n.size(), date,
                n.name());
    }

    /** The "total" line: 1 KiB blocks, counted in 4 KiB file system blocks. */
    public String total(Iterable<FakeFileSystem.Node> nodes) {
        long blocks = 0;
        for (FakeFileSystem.Node n : nodes) {
            blocks += (n.size() + 4095) / 4096 * 4;
        }
        return Template.fill(texts.listTotal(), "blocks", blocks);
    }
}
