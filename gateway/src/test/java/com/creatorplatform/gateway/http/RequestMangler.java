package com.creatorplatform.gateway.http;

import java.util.List;
import java.util.Random;

/**
 * Makes hostile GraphQL requests from real ones: documents with pieces cut, repeated or replaced by
 * GraphQL's own tokens, variables of every JSON kind and size, bodies of the wrong shape. Seeded,
 * so that a failure can be replayed.
 */
final class RequestMangler {

    static final List<String> DOCUMENTS =
            List.of(
                    "{ myBrand { id name currency allowedDomains minimumPayout { amount currency } } }",
                    "query($first: Int, $after: String) { campaigns(first: $first, after: $after) { nodes { id name status } pageInfo { endCursor } } }",
                    "query($id: ID!) { campaign(id: $id) { name goals { metric target { count } } creators(first: 5) { nodes { creator { id name } } } } }",
                    "query($from: Date!, $to: Date!) { report(filter: {from: $from, to: $to}) { clicks orders revenue { amount } } }",
                    "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }",
                    "query($ids: [String!]!) { creatorBalances(creatorIds: $ids) { creatorId } }",
                    "{ ...F } fragment F on Query { myBrand { id } }");
    static final List<String> TOKENS =
            List.of(
                    "{",
                    "}",
                    "(",
                    ")",
                    "[",
                    "]",
                    "...",
                    "...F",
                    "fragment",
                    "on",
                    "query",
                    "mutation",
                    "subscription",
                    "$first",
                    "$x",
                    ":",
                    "!",
                    "=",
                    "@include(if: true)",
                    "@skip",
                    "__typename",
                    "__schema { types { name } }",
                    "\"",
                    "\\u0000",
                    "99999999999",
                    "-2147483649",
                    "1e309",
                    "0.5",
                    "null",
                    "true",
                    "\"2026-02-30\"",
                    "#",
                    ",",
                    "&",
                    "|",
                    "campaigns(first: 4294967297)",
                    "a: campaigns { nodes { id } }");
    static final List<String> VARIABLE_NAMES =
            List.of("first", "after", "id", "from", "to", "input", "ids", "x");

    private final Random random;

    RequestMangler(Random random) {
        this.random = random;
    }

    /**
     * A request body: mostly a JSON object with a mangled document and variables, sometimes not
     * even that.
     */
    String body() {
        return switch (random.nextInt(10)) {
            case 0 -> json(value(3));
            case 1 -> "{\"query\": " + json(value(2)) + "}";
            case 2 ->
                    "{\"query\": "
                            + json(document())
                            + ", \"operationName\": "
                            + json(value(1))
                            + "}";
            case 3 ->
                    cut(
                            "{\"query\": "
                                    + json(document())
                                    + ", \"variables\": "
                                    + variables()
                                    + "}");
            default -> "{\"query\": " + json(document()) + ", \"variables\": " + variables() + "}";
        };
    }

    private String document() {
        StringBuilder document = new StringBuilder(DOCUMENTS.get(random.nextInt(DOCUMENTS.size())));
        int changes = random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(document.length() + 1);
            switch (random.nextInt(3)) {
                case 0 ->
                        document.insert(at, " " + TOKENS.get(random.nextInt(TOKENS.size())) + " ");
                case 1 ->
                        document.delete(
                                at, Math.min(document.length(), at + 1 + random.nextInt(8)));
                default ->
                        document.insert(
                                at,
                                document.substring(
                                        at, Math.min(document.length(), at + random.nextInt(30))));
            }
        }
        return document.toString();
    }

    private String variables() {
        if (random.nextInt(8) == 0) {
            return json(value(2));
        }
        StringBuilder variables = new StringBuilder("{");
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            variables
                    .append(i == 0 ? "" : ", ")
                    .append(json(VARIABLE_NAMES.get(random.nextInt(VARIABLE_NAMES.size()))))
                    .append(": ")
                    .append(json(value(3)));
        }
        return variables.append("}").toString();
    }

    /** A JSON value of any kind, nested at most {@code depth} deep. */
    private Object value(int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 6)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong() >> random.nextInt(64);
            case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 4 ->
                    List.of(
                                    "",
                                    "x".repeat(random.nextInt(3) * 5000),
                                    "2026-02-30",
                                    "2026-03-01",
                                    "1e400",
                                    "00000000-0000-0000-0000-000000000000",
                                    "\\u0000",
                                    "{}",
                                    "[]")
                            .get(random.nextInt(9));
            case 5 -> Long.toString(random.nextLong()) + "9999999999";
            case 6, 7 -> java.util.Arrays.asList(value(depth - 1), value(depth - 1));
            default ->
                    java.util.Map.of(
                            "name",
                            String.valueOf(value(0)),
                            "startsOn",
                            String.valueOf(value(0)),
                            "x",
                            String.valueOf(value(0)));
        };
    }

    private String cut(String text) {
        return text.substring(0, random.nextInt(text.length()));
    }

    static String json(Object value) {
        return io.vertx.core.json.Json.encode(value);
    }
}
