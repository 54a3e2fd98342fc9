package dev.mirage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mirage.testing.Cli;
import dev.mirage.testing.Sensor;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.pop3.POP3Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An operator follows sessions of the real services: logs json carries the credentials, show the dialogue. */
class LogsCredentialsTest {
    @RegisterExtension
    final Sensor sensor = Sensor.with("ftp", "pop3").set("sensor.personality", "secure");

    @Test
    void logsJsonCarriesEveryCredentialAndShowTheDialogue() throws Exception {
        FTPClient ftp = new FTPClient();
        ftp.connect("127.0.0.1", sensor.port("ftp"));
        assertThat(ftp.login("oracle", "Winter2024!")).isFalse();
        assertThat(ftp.login("root", "toor")).isFalse();
        ftp.disconnect();
        POP3Client pop = new POP3Client();
        pop.connect("127.0.0.1", sensor.port("pop3"));
        assertThat(pop.login("alice", "s3cret")).isFalse();
        pop.disconnect();
        sensor.awaitSessions(2);

        Cli logs = Cli.run("logs", "--data", sensor.data().toString(), "--format", "json");
        ObjectMapper json = new ObjectMapper();
        JsonNode ftpLine = null;
        JsonNode popLine = null;
        for (String line : logs.out().split("\n")) {
            JsonNode n = json.readTree(line);
            if (n.at("/service/name").asText().equals("ftp")) {
                ftpLine = n;
            } else {
                popLine = n;
            }
        }
        assertThat(ftpLine.at("/user/name")).extracting(JsonNode::toString).asString().contains("oracle").contains("root");
        assertThat(ftpLine.at("/mirage/credentials").toString()).contains("\"user\":\"oracle\"")
                .contains("\"secret\":\"Winter2024!\"").contains("\"secret\":\"toor\"").contains("\"outcome\":\"failure\"");
        assertThat(popLine.at("/user/name").asText()).isEqualTo("alice");
        assertThat(popLine.at("/mirage/credentials/0/secret").asText()).isEqualTo("s3cret");

        Cli show = Cli.run("show", "--data", sensor.data().toString(), ftpLine.at("/mirage/session/id").asText());
        assertThat(show.out()).contains("<< USER oracle\\r\\n").contains(">> 331").contains("<< PASS Winter2024!\\r\\n")
                .contains(">> 530").contains("auth.attempt");
    }
}
