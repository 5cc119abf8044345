package com.creatorplatform.tracking.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Appends query parameters to a URL, keeping the parameters it had and any fragment last. */
public final class QueryParams {

    private QueryParams() {}

    /** Parameters with a null or empty value are left out. */
    public static String append(String url, Map<String, String> params) {
        String query =
                params.entrySet().stream()
                        .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        if (query.isEmpty()) {
            return url;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator =
                base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?";
        return base + separator + query + fragment;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
