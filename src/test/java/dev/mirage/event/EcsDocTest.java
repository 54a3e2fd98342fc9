package dev.mirage.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EcsDocTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String write(EcsDoc doc) {
        EcsDoc.Out out = new EcsDoc.Out();
        doc.writeTo(out);
        return out.toAscii();
    }

    @Test
    void groupsDottedKeysIntoNestedObjectsInFirstAppearanceOrder() throws Exception {
        EcsDoc doc = new EcsDoc().put("@timestamp", "t").put("event.action", "x").put("source.ip", "1.2.3.4")
                .put("mirage.session.id", "s").put("event.reason", "r").put("mirage.payload.size", 3)
                .put("source.port", 7).put("mirage.session.part", 2L).put("mirage.tags", List.of("a", "b"))
                .put("ok", true).put("skipped", null);
        String json = write(doc);
        assertThat(json).isEqualTo("{\"@timestamp\":\"t\",\"event\":{\"action\":\"x\",\"reason\":\"r\"},"
                + "\"source\":{\"ip\":\"1.2.3.4\",\"port\":7},\"mirage\":{\"session\":{\"id\":\"s\",\"part\":2},"
                + "\"payload\":{\"size\":3},\"tags\":[\"a\",\"b\"]},\"ok\":true}");
        JsonNode n = JSON.readTree(json);
        assertThat(n.at("/mirage/session/part").asInt()).isEqualTo(2);
        // The same shape again comes from the cached plan and must give the same text.
        assertThat(write(doc)).isEqualTo(json);
    }

    @Test
    void escapesEverythingOutsidePrintableAscii() throws Exception {
        String nasty = "a\"b\\c\r\n\t\u0000\u001b[2J\u00e9\u202e\ud83d\ude00";
        String json = write(new EcsDoc().put("user.name", nasty).put("m", Map.of("k", nasty)));
        assertThat(json.chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
        JsonNode n = JSON.readTree(json);
        assertThat(n.at("/user/name").asText()).isEqualTo(nasty);
        assertThat(n.at("/m/k").asText()).isEqualTo(nasty);
    }
}
