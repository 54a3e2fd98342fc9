package dev.mirage.service.smtp.commands;

import dev.mirage.net.Echo;
import dev.mirage.service.smtp.Reply;
import dev.mirage.service.smtp.SmtpCall;
import java.util.List;
import java.util.Locale;

/** HELP (RFC 5321 section 4.1.1.8): the server's help text, or the text of one topic. */
public final class HelpCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpCall c) {
        String topic = c.argument().strip();
        if (topic.isEmpty()) {
            return lines(c, c.texts().help());
        }
        List<String> text = c.texts().helpTopics().get(topic.toUpperCase(Locale.ROOT));
        if (text == null) {
            return c.host().reply(c.texts().helpUnknown(), "topic", Echo.safe(topic, MailCommand.ECHO_MAX));
        }
        return lines(c, text);
    }

    private static Reply lines(SmtpCall c, List<String> text) {
        return Reply.of(text.stream().map(line -> c.host().line(line)).toList());
    }
}
