package com.creatorplatform.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.ExecutionResultImpl;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The answer's text against the text SmallRye writes when it copies graphql-java's answer itself.
 */
class AnswerJsonTest {

    @Test
    void anAnswerIsWrittenAsSmallRyeWritesIt_inTheAnswersOrder() {
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

        String written = smallRyeWrites(AnswerJson.of(answer));

        assertEquals(
                "{\"data\":{\"posts\":[{\"id\":\"p-1\",\"brief\":\"Say \\\"hi\\\"\\n\",\"clicks\":3,\"orders\":2,\"conversionRate\":0.5,"
                        + "\"revenue\":100.00,\"published\":true,\"commission\":null,\"tags\":[\"a\",null]},{}]}}",
                written);
        assertEquals(smallRyeWrites(answer), written);
    }

    @Test
    void everyCharacterIsEscapedAsSmallRyeEscapesIt() {
        var text = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            text.append(c);
        }
        text.append("\u2028\u2029\ud83d\ude00\ud800 end\\");
        var answer = new LinkedHashMap<String, Object>();
        answer.put("text", text.toString());
        answer.put("a \"name\"\t", "");

        assertEquals(smallRyeWrites(answer), smallRyeWrites(AnswerJson.of(answer)));
    }

    @Test
    void numbersAndOtherScalarsAreWrittenAsSmallRyeWritesThem() {
        var answer = new LinkedHashMap<String, Object>();
        List<Object> values =
                new ArrayList<>(
                        List.of(
                                0,
                                -7,
                                Integer.MAX_VALUE,
                                Long.MIN_VALUE,
                                0.0,
                                -0.0,
                                0.1,
                                1e-7,
                                1e21,
                                123.456,
                                2.5f,
                                (short) 12,
                                (byte) -3,
                                new BigDecimal("1E+3"),
                                new BigInteger("123456789012345678901234567890"),
                                DayOfWeek.MONDAY,
                                false));
        answer.put("values", values);
        answer.put("set", Set.of("only"));

        assertEquals(smallRyeWrites(answer), smallRyeWrites(AnswerJson.of(answer)));
    }

    @Test
    void theWrittenAnswerIsNoNumberToAnyOtherReader() {
        var written = AnswerJson.of(new LinkedHashMap<>(Map.of("n", 1)));

        assertEquals("{\"n\":1}", written.toString());
        assertThrows(
                UnsupportedOperationException.class,
                () -> ((jakarta.json.JsonNumber) written).intValue());
    }

    /** The text SmallRye's HTTP handler sends for an answer with this data. */
    private static String smallRyeWrites(Object data) {
        return new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(data).build())
                .getExecutionResultAsString();
    }
}
