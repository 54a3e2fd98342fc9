package dev.mirage.service.shell;

import dev.mirage.net.Echo;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell a weak account lands in: every command line is answered from the profile alone (a canned
 * output, silence for cd and its kind, or the shell's "command not found"), and nothing is ever run.
 * Lines are split as a shell splits them (; && || & and |) so that a bot's "uname -a; id" gets both
 * answers; in a pipeline only the last command's output reaches the terminal, as with a real one.
 * Bounded: at most {@code maxCommands} lines, then the session is logged out, and at most
 * {@link #MAX_PARTS} commands answered per line.
 */
public final class FakeShell {
    /** The longest attacker word repeated in "command not found". */
    private static final int MAX_WORD = 64;
    /** Simple commands answered per line; the rest of a longer line is ignored, so no line makes us say much more. */
    static final int MAX_PARTS = 64;

    private final ShellTexts texts;
    private final Account account;
    private final int maxCommands;
    private int commands;

    /**
     * What the shell prints for one line; {@code exit} when the line ends the session (the caller then
     * adds {@link #exit()} where a login shell would print it); {@code status} as $?.
     */
    public record Answer(String output, boolean exit, int status) {
        /** True when some command of the line was answered with "not found". */
        public boolean notFound() {
            return status == 127;
        }
    }

    public FakeShell(ShellTexts texts, Account account, int maxCommands) {
        this.texts = texts;
        this.account = account;
        this.maxCommands = Math.max(1, maxCommands);
    }

    /** What login prints before the first prompt. */
    public String motd() {
        return fill(texts.motd());
    }

    public String prompt() {
        return fill(texts.prompt());
    }

    /** True once the session has typed its share of lines; the caller then logs it out. */
    public boolean exhausted() {
        return commands >= maxCommands;
    }

    /** What the shell prints when the session ends. */
    public String exit() {
        return fill(texts.exit());
    }

    /** The answer to one command line. */
    public Answer answer(String line) {
        commands++;
        StringBuilder out = new StringBuilder();
        int status = 0;
        for (Part part : split(line)) {
            if (part.operator().equals("&&") && status != 0 || part.operator().equals("||") && status == 0) {
                continue;
            }
            List<String> pipeline = part.pipeline();
            for (int i = 0; i < pipeline.size(); i++) {
                String simple = ShellTexts.key(pipeline.get(i), texts.ignoreCase());
                if (simple.isEmpty()) {
                    continue;
                }
                String word = simple.split(" ", 2)[0];
                if (texts.exitCommands().contains(word)) {
                    return new Answer(out.toString(), true, status);
                }
                String canned = texts.outputs().get(simple);
                if (canned != null) {
                    status = 0;
                    if (i == pipeline.size() - 1) {
                        out.append(fill(canned));
                    }
                } else if (texts.quiet().contains(word)) {
                    status = 0;
                } else {
                    String original = pipeline.get(i).strip().split("[ \\t]+", 2)[0];
                    out.append(fill(texts.notFound()).replace("{command}", Echo.safe(original, MAX_WORD)));
                    status = 127;
                }
            }
        }
        return new Answer(out.toString(), false, status);
    }

    /** The text with the account's {user}, {uid} and {home} filled in. */
    public String fill(String text) {
        return text.replace("{user}", account.user()).replace("{uid}", Integer.toString(account.uid()))
                .replace("{home}", account.home());
    }

    /** One list element of a line: the operator before it ("", ";", "&&", "||", "&") and its pipeline. */
    private record Part(String operator, List<String> pipeline) {
    }

    /** Splits a line at ; & && || and newlines, and each part at |, ignoring quotes (nothing runs anyway). */
    private static List<Part> split(String line) {
        List<Part> parts = new ArrayList<>();
        List<String> pipeline = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String before = "";
        int commands = 1;
        for (int i = 0; i < line.length() && commands <= MAX_PARTS; i++) {
            char c = line.charAt(i);
            boolean twice = i + 1 < line.length() && line.charAt(i + 1) == c;
            if (c == '|' && !twice) {
                pipeline.add(word.toString());
                word.setLength(0);
                commands++;
            } else if (c == ';' || c == '\n' || c == '\r' || c == '&' || c == '|') {
                pipeline.add(word.toString());
                word.setLength(0);
                commands++;
                parts.add(new Part(before, pipeline));
                pipeline = new ArrayList<>();
                before = twice ? String.valueOf(c) + c : String.valueOf(c);
                if (twice) {
                    i++;
                }
            } else {
                word.append(c);
            }
        }
        pipeline.add(word.toString());
        parts.add(new Part(before, pipeline));
        return parts;
    }

    /** The text as a terminal shows it: each bare LF becomes CR LF (the tty's ONLCR; Telnet's NVT line end). */
    public static String crlf(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r')) {
                b.append('\r');
            }
            b.append(c);
        }
        return b.toString();
    }
}
