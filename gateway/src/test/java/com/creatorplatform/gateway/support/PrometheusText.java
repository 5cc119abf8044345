package com.creatorplatform.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** Reads one sample from a process' {@code /q/metrics} (Prometheus text format). */
public final class PrometheusText {

    private PrometheusText() {}

    /**
     * The value of the sample {@code name} whose labels include each of {@code labels} (written
     * {@code key=value}), 0 when there is none yet.
     */
    public static double value(int managementPort, String name, String... labels) {
        String text =
                given().baseUri("http://127.0.0.1")
                        .port(managementPort)
                        .get("/q/metrics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        return text.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(
                        line ->
                                Arrays.stream(labels)
                                        .map(label -> label.replaceFirst("=(.*)", "=\"$1\""))
                                        .allMatch(line::contains))
                // A bucket may end with an exemplar (" # {trace_id=...} value timestamp").
                .map(line -> line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }
}
