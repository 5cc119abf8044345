package com.creatorplatform.tracking.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.tracking.support.CampaignFixtures;
import com.creatorplatform.tracking.support.CampaignServiceResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's signing examples for shop engineers, run as written with bash, openssl and curl
 * against this tracking-service: only the first lines' values (secret, brand, address, body) are
 * the test's own, every line of the computation is the README's.
 */
@QuarkusTest
@QuarkusTestResource(CampaignServiceResource.class)
class StandardWebhooksReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");

    CreateBrandResponse brand;

    @BeforeEach
    void newBrand() {
        brand = CampaignFixtures.brandWithSecret();
    }

    @Test
    void theStandardWebhooksExampleSignsAnOrderTheWebhookAccepts() throws Exception {
        var answer = new JsonObject(run(example("standard-webhooks"), variables("README-STD-1")));

        assertEquals("README-STD-1", answer.getString("orderId"), answer.encode());
        assertEquals(4990L, answer.getLong("amountMinor"));
    }

    @Test
    void theFirstSchemesExampleSignsAnOrderTheWebhookAccepts() throws Exception {
        var answer = new JsonObject(run(example("x-webhook-signature"), variables("README-X-1")));

        assertEquals("README-X-1", answer.getString("orderId"), answer.encode());
    }

    private Map<String, String> variables(String orderId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("SECRET", brand.getWebhookSecret());
        values.put("BRAND_ID", brand.getBrand().getId());
        values.put("TRACKING", "http://127.0.0.1:" + RestAssured.port);
        values.put(
                "BODY",
                new JsonObject()
                        .put("type", "order.created")
                        .put("orderId", orderId)
                        .put("amountMinor", 4990)
                        .put("currency", "EUR")
                        .put("orderedAt", Instant.now().toString())
                        .put("customerEmailHash", UUID.randomUUID().toString())
                        .encode());
        return values;
    }

    /** The bash block after the README's {@code <!-- signing-example: name ... -->} marker. */
    static List<String> example(String name) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int marker = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("<!-- signing-example: " + name + " ")) {
                marker = i;
            }
        }
        assertTrue(marker >= 0, "README has no signing example " + name);
        assertEquals("```bash", lines.get(marker + 1));
        List<String> block = new ArrayList<>();
        for (int i = marker + 2; !lines.get(i).equals("```"); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    /**
     * Runs the block with the test's values in place of its own assignments of them; answers what
     * it printed (curl's answer).
     */
    private static String run(List<String> block, Map<String, String> values) throws Exception {
        var script = new StringBuilder("set -euo pipefail\n");
        values.forEach(
                (name, value) -> script.append(name).append("='").append(value).append("'\n"));
        block.stream()
                .filter(line -> values.keySet().stream().noneMatch(n -> line.startsWith(n + "=")))
                .forEach(line -> script.append(line).append('\n'));
        Process bash =
                new ProcessBuilder("bash", "-c", script.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), "the example failed: " + out);
        return out;
    }
}
