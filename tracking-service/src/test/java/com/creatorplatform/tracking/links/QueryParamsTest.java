package com.creatorplatform.tracking.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    private static Map<String, String> utm(String source, String content) {
        var params = new LinkedHashMap<String, String>();
        params.put("utm_source", source);
        params.put("utm_content", content);
        return params;
    }

    @Test
    void parametersAreAddedAfterExistingOnesAndBeforeTheFragment() {
        assertEquals(
                "https://shop.example/p?color=red&utm_source=anna_k&utm_content=p1#reviews",
                QueryParams.append(
                        "https://shop.example/p?color=red#reviews", utm("anna_k", "p1")));
    }

    @Test
    void aUrlWithoutQueryGetsOneAndValuesAreEncoded() {
        assertEquals(
                "https://shop.example/?utm_source=Anna+K%26Co",
                QueryParams.append("https://shop.example/", utm("Anna K&Co", null)));
    }

    @Test
    void emptyValuesAreLeftOut() {
        assertEquals(
                "https://shop.example/",
                QueryParams.append("https://shop.example/", utm("", null)));
    }
}
