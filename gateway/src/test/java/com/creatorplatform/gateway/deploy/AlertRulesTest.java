package com.creatorplatform.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alert rules of overlays/prod (docs/adr/0072): shipped with the overlay, each with a severity
 * and a runbook line, and each reading only metrics the platform publishes (ObservabilityTest reads
 * them from the running services).
 */
class AlertRulesTest {

    /** Every metric the rules may read: the platform's own and Quarkus' HTTP timer. */
    private static final Set<String> PUBLISHED =
            Set.of(
                    "tracking_clicks_lost_total",
                    "tracking_clicks_pending",
                    "http_server_requests_seconds_bucket",
                    "tracking_outbox_lag_seconds",
                    "tracking_outbox_pending",
                    "tracking_webhook_rejected_total",
                    "tracking_attribution_total",
                    "feed_lag_seconds",
                    "payout_run_duration_seconds_max");

    private static final Pattern METRIC =
            Pattern.compile("\\b([a-z_]+_(?:total|seconds\\w*|pending|bucket|max))\\b");

    private static String ruleFile;
    private static List<JsonNode> rules;

    @BeforeAll
    static void read() throws Exception {
        Path root = Manifests.repoRoot();
        ruleFile = Files.readString(root.resolve("k8s/overlays/prod/alerts/platform-alerts.yaml"));
        rules = new ArrayList<>();
        for (JsonNode group : new YAMLMapper().readTree(ruleFile).path("groups")) {
            group.path("rules").forEach(rules::add);
        }
        renderedConfigMap =
                Manifests.render(root.resolve("k8s/overlays/prod")).stream()
                        .filter(o -> "ConfigMap".equals(o.path("kind").asText()))
                        .filter(
                                o ->
                                        o.at("/metadata/name")
                                                .asText()
                                                .startsWith("platform-alert-rules"))
                        .toList();
    }

    private static List<JsonNode> renderedConfigMap;

    @Test
    void theOverlayShipsTheRulesFile() {
        assertEquals(1, renderedConfigMap.size(), "one ConfigMap platform-alert-rules");
        assertEquals(ruleFile, renderedConfigMap.get(0).at("/data/platform-alerts.yaml").asText());
    }

    @Test
    void everyRuleHasASeverityARunbookAndAnExpressionOnPublishedMetrics() {
        assertTrue(rules.size() >= 8, "rules: " + rules.size());
        Set<String> read = new TreeSet<>();
        for (JsonNode rule : rules) {
            String name = rule.path("alert").asText();
            assertFalse(name.isBlank(), "every rule is an alert: " + rule);
            assertTrue(
                    Set.of("page", "ticket").contains(rule.at("/labels/severity").asText()),
                    name + ": severity page or ticket");
            assertTrue(rule.at("/annotations/runbook").asText().length() > 20, name + ": runbook");
            assertTrue(rule.at("/annotations/summary").isTextual(), name + ": summary");
            Matcher metrics = METRIC.matcher(rule.path("expr").asText());
            boolean any = false;
            while (metrics.find()) {
                any = true;
                read.add(metrics.group(1));
                assertTrue(
                        PUBLISHED.contains(metrics.group(1)),
                        name + " reads " + metrics.group(1) + ", which nothing publishes");
            }
            assertTrue(any, name + " reads a metric");
        }
        assertTrue(
                read.containsAll(
                        Set.of(
                                "tracking_clicks_lost_total",
                                "tracking_outbox_lag_seconds",
                                "http_server_requests_seconds_bucket")),
                "the paging facts are watched: " + read);
    }

    @Test
    void whatPagesIsWhatLosesClicksOrMoneyOrFailsTheRedirect() {
        Set<String> paging = new TreeSet<>();
        rules.stream()
                .filter(rule -> "page".equals(rule.at("/labels/severity").asText()))
                .forEach(rule -> paging.add(rule.path("alert").asText()));
        assertEquals(
                Set.of(
                        "ClickBacklogGrowing",
                        "ClicksLostAtStop",
                        "OrderEventsStuckInOutbox",
                        "OrderWebhooksRefused",
                        "RedirectSlow"),
                paging);
    }
}
