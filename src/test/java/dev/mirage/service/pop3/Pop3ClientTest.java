package dev.mirage.service.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mirage.store.SessionQuery;
import dev.mirage.store.SessionRow;
import dev.mirage.testing.Sensor;
import java.io.BufferedReader;
import java.io.Reader;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.net.pop3.POP3Client;
import org.apache.commons.net.pop3.POP3MessageInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real POP3 client (commons-net) against the listener: login, the mailbox commands, and what is recorded. */
class Pop3ClientTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("pop3").services(Pop3Fixture.services()).set("sensor.personality", "open");

    private POP3Client connect() throws Exception {
        POP3Client c = new POP3Client();
        c.setDefaultTimeout(5000);
        c.connect("127.0.0.1", sensor.port("pop3"));
        return c;
    }

    private static String read(Reader r) throws Exception {
        try (BufferedReader b = new BufferedReader(r)) {
            return b.lines().collect(Collectors.joining("\n"));
        }
    }

    @Test
    void configuredAccountReadsItsMailbox() throws Exception {
        POP3Client c = connect();
        assertThat(c.getReplyString()).isEqualTo("+OK POP3 www v2001.78rh server ready\r\n");
        assertThat(c.login("alice", "s3cret")).isTrue();
        assertThat(c.getReplyString()).startsWith("+OK Mailbox open, 2 messages");

        POP3MessageInfo status = c.status();
        assertThat(status.number).isEqualTo(2);
        POP3MessageInfo[] list = c.listMessages();
        assertThat(list).hasSize(2);
        assertThat(status.size).isEqualTo(list[0].size + list[1].size);

        String mail = read(c.retrieveMessage(1));
        assertThat(mail).contains("Received: from example.com (example.com [", "by www.localdomain (8.11.6/8.11.6) with ESMTP id g3G",
                "for <alice@www.localdomain>; Tue, 16 Apr 2002 09:1",
                "Date: Tue, 16 Apr 2002 09:14:07 -0400", "From: Bob Smith <bob@example.com>",
                "To: alice@www.localdomain", "Subject: Quarterly figures", "Message-ID: <200204160914.g3G",
                "\nStatus:  O\n\nHi Alice,", "\n.htaccess is attached.\n", "The root password");
        assertThat(mail).doesNotContain("..htaccess");
        // RETR's octet count is the LIST size, exactly (RFC 1939 section 11).
        assertThat(c.getReplyString()).startsWith("+OK " + list[0].size + " octets");
        assertThat(mail.replace("\n", "\r\n").length() + 2).isEqualTo(list[0].size);

        String top = read(c.retrieveMessageTop(1, 1));
        assertThat(top).contains("Subject: Quarterly figures", "Hi Alice,").doesNotContain("htaccess");

        POP3MessageInfo[] uids = c.listUniqueIdentifiers();
        assertThat(uids).extracting(u -> u.identifier).allMatch(id -> id.matches("[0-9a-f]{16}")).doesNotHaveDuplicates();
        assertThat(c.listUniqueIdentifier(2).identifier).isEqualTo(uids[1].identifier);

        assertThat(c.deleteMessage(1)).isTrue();
        assertThat(c.status().number).isEqualTo(1);
        assertThat(c.listMessage(1)).isNull();
        assertThat(c.getReplyString()).startsWith("-ERR No such message");
        assertThat(c.reset()).isTrue();
        assertThat(c.status().number).isEqualTo(2);
        assertThat(c.noop()).isTrue();
        assertThat(c.getReplyString()).isEqualTo("+OK No-op to you too!\r\n");
        assertThat(c.deleteMessage(2)).isTrue();
        assertThat(c.logout()).isTrue();
        assertThat(c.getReplyString()).isEqualTo("+OK Sayonara\r\n");
        c.disconnect();

        // Nothing is really deleted: the next session sees both mails again.
        POP3Client again = connect();
        assertThat(again.login("alice", "s3cret")).isTrue();
        assertThat(again.status().number).isEqualTo(2);
        again.logout();
        again.disconnect();

        List<SessionRow> rows = sensor.awaitSessions(2);
        assertThat(rows.get(0).reason()).isEqualTo("quit");
        List<SessionQuery.EventRow> events = sensor.events(rows.get(0).id());
        assertThat(events).filteredOn(e -> e.action().equals("auth.attempt")).singleElement()
                .satisfies(e -> assertThat(e.json()).contains("\"name\":\"alice\"", "\"method\":\"password\"",
                        "\"secret\":\"s3cret\"", "\"outcome\":\"success\""));
        assertThat(events).filteredOn(e -> e.action().equals("command")).extracting(e -> e.json())
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"USER\"", "\"argument\":\"alice\"",
                        "\"reply\":\"+OK User name accepted, password please\""))
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"STAT\"", "\"reply\":\"+OK 2 " + status.size + "\""))
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"RETR\"", "\"argument\":\"1\""))
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"TOP\"", "\"argument\":\"1 1\"",
                        "\"reply\":\"+OK Top of message follows\""))
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"UIDL\""))
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"DELE\"", "\"reply\":\"+OK Message deleted\""))
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"RSET\"", "\"reply\":\"+OK Reset state\""))
                .anySatisfy(j -> assertThat(j).contains("\"verb\":\"QUIT\"", "\"reply\":\"+OK Sayonara\""));
    }

    @Test
    void failedLoginsAreRefusedAndRecorded() throws Exception {
        POP3Client c = connect();
        assertThat(c.login("alice", "wrong")).isFalse();
        assertThat(c.getReplyString()).isEqualTo("-ERR Bad login\r\n");
        assertThat(c.login("root", "toor")).isFalse();
        assertThat(c.login("bob", "hunter2")).isTrue();
        c.logout();
        c.disconnect();

        SessionRow row = sensor.awaitSessions(1).get(0);
        assertThat(sensor.events(row.id())).filteredOn(e -> e.action().equals("auth.attempt"))
                .extracting(e -> e.json())
                .satisfiesExactly(
                        j -> assertThat(j).contains("\"name\":\"alice\"", "\"secret\":\"wrong\"", "\"outcome\":\"failure\""),
                        j -> assertThat(j).contains("\"name\":\"root\"", "\"secret\":\"toor\"", "\"outcome\":\"failure\""),
                        j -> assertThat(j).contains("\"name\":\"bob\"", "\"secret\":\"hunter2\"", "\"outcome\":\"success\""));
    }
}
