package com.creatorplatform.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

    @Test
    void anAnswerIsWrittenAsSmallRyesCopyWritesIt_inTheAnswersOrder() {
        var post = new LinkedHashMap<String, Object>();
        post.put("id", "p-1");
        post.put("brief", "Say \"hi\"\n");
        post.put("clicks", 3);
        post.put("orders", 2L);
        post.put("conversionRate", 0.5);
        post.put("revenue", new BigDecimal("100.00"));
        post.put("published", true);
        post.put("commission", null);
        post.put("tags", Arrays.asList("a", null));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("posts", List.of(post, Map.of()));

        var json = (JsonObject) AnswerJson.of(answer);

        assertEquals("{\"posts\":[{\"id\":\"p-1\",\"brief\":\"Say \\\"hi\\\"\\n\",\"clicks\":3,\"orders\":2,\"conversionRate\":0.5,"
                + "\"revenue\":100.00,\"published\":true,\"commission\":null,\"tags\":[\"a\",null]},{}]}", json.toString());
        assertEquals(2, json.getJsonArray("posts").getJsonObject(0).getInt("orders"), "typed reads work too");
    }
}
