package com.creatorplatform.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders {@code k8s/overlays/prod} with {@code kubectl kustomize} and checks what production needs
 * (issue 23; docs/adr/0062, 0063, 0064): every custom resource valid against its CRD in {@code
 * ../shared/crds} (strict), TLS Ingress routes, HPA/PDB/topology spread per Deployment, metrics
 * through ServiceMonitors on the management port, shutdown timing, https links, images by digest,
 * migrations as Jobs, PostgreSQL and Keycloak by their operators, and the production realm against
 * the dev realm. Plain JUnit 5: needs {@code kubectl} on the PATH.
 */
class ProdOverlayTest {

    private static final String NAME_LABEL = "app.kubernetes.io/name";
    private static final String GATEWAY = "gateway";
    private static final String TRACKING = "tracking-service";
    private static final List<String> DEPLOYMENTS =
            List.of(GATEWAY, "campaign-service", TRACKING, "payout-service");

    /** Services owning a database, and its name. */
    private static final Map<String, String> DATABASES =
            Map.of(
                    "campaign-service",
                    "campaign",
                    TRACKING,
                    "tracking",
                    "payout-service",
                    "payout");

    /**
     * How long endpoint removal may take to reach kube-proxy and the ingress controller: the
     * preStop delay must exceed it.
     */
    private static final Duration ENDPOINT_PROPAGATION = Duration.ofSeconds(5);

    /** Margin on top of preStop + drain, for the JVM to exit. */
    private static final Duration EXIT_MARGIN = Duration.ofSeconds(5);

    private static final Set<String> BUILT_IN_API_VERSIONS =
            Set.of(
                    "v1",
                    "apps/v1",
                    "batch/v1",
                    "policy/v1",
                    "autoscaling/v2",
                    "networking.k8s.io/v1");

    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");

    private static Path repoRoot;
    private static List<JsonNode> objects;
    private static CrdSchemas crds;

    @BeforeAll
    static void renderProdOverlay() throws Exception {
        repoRoot = Manifests.repoRoot();
        objects = Manifests.render(repoRoot.resolve("k8s/overlays/prod"));
        crds = CrdSchemas.load(repoRoot.resolve("../shared/crds").normalize());
    }

    @Test
    void everyCustomResourceIsValidAgainstItsCrd() {
        Map<String, List<String>> violations = new TreeMap<>();
        Set<String> kinds = new TreeSet<>();
        for (JsonNode object : objects) {
            if (BUILT_IN_API_VERSIONS.contains(object.path("apiVersion").asText())) {
                continue;
            }
            String id = object.path("kind").asText() + "/" + name(object);
            assertTrue(
                    crds.schemaOf(object).isPresent(),
                    id + ": no CRD in ../shared/crds for " + object.path("apiVersion").asText());
            kinds.add(object.path("kind").asText());
            List<String> errors = crds.violations(object);
            if (!errors.isEmpty()) {
                violations.put(id, errors);
            }
        }
        assertEquals(Map.of(), violations, "custom resources that their CRDs reject");
        assertEquals(
                Set.of(
                        "Certificate",
                        "Cluster",
                        "Keycloak",
                        "KeycloakRealmImport",
                        "Pooler",
                        "ScheduledBackup",
                        "ServiceMonitor"),
                kinds,
                "kinds of custom resources validated");
    }

    @Test
    void theSchemaCheckIsStrict() {
        ObjectNode pooler = only("Pooler").deepCopy();
        ((ObjectNode) pooler.path("spec")).put("instaces", 2);
        assertFalse(crds.violations(pooler).isEmpty(), "a misspelt field is reported");
        ObjectNode cluster = named("Cluster", "platform-db").deepCopy();
        ((ObjectNode) cluster.path("spec")).put("instances", "three");
        assertFalse(crds.violations(cluster).isEmpty(), "a string for an integer is reported");
    }

    @Test
    void theIngressRoutesThePublicPathsOverTlsFromCertManager() {
        JsonNode ingress = only("Ingress");
        JsonNode rule = only(ingress.at("/spec/rules"));
        String host = rule.path("host").asText();
        JsonNode tls = only(ingress.at("/spec/tls"));
        assertTrue(textValues(tls.path("hosts")).contains(host), "TLS must cover the host " + host);
        JsonNode certificate =
                ofKind("Certificate").stream()
                        .filter(
                                c ->
                                        c.at("/spec/secretName")
                                                .asText()
                                                .equals(tls.path("secretName").asText()))
                        .findFirst()
                        .orElseGet(
                                () ->
                                        fail(
                                                "no cert-manager Certificate writes the Ingress' TLS Secret "
                                                        + tls.path("secretName").asText()));
        assertTrue(textValues(certificate.at("/spec/dnsNames")).contains(host));
        assertFalse(certificate.at("/spec/issuerRef/name").asText().isBlank());

        Map<String, String> routes = new TreeMap<>();
        for (JsonNode path : rule.at("/http/paths")) {
            JsonNode backend = path.at("/backend/service");
            String port = backend.at("/port/name").asText();
            assertTrue(
                    namedPorts(named("Service", backend.path("name").asText()).at("/spec/ports"))
                            .containsKey(port),
                    "Service " + backend.path("name").asText() + " has no port " + port);
            assertEquals("http", port, "the Ingress routes to the http ports");
            routes.put(path.path("path").asText(), backend.path("name").asText());
        }
        assertEquals(
                Map.of(
                        "/", GATEWAY,
                        "/graphql", GATEWAY,
                        "/r/", TRACKING,
                        "/webhooks/orders", TRACKING),
                routes);
    }

    @Test
    void linksTheGatewayHandsOutStartWithTheHttpsHostThatRoutesRedirects() throws IOException {
        String base = configMapEnv(GATEWAY).get("REDIRECT_BASE_URL");
        assertTrue(
                base != null && base.startsWith("https://"),
                "REDIRECT_BASE_URL (platform.redirect-base-url) must be https, was " + base);
        JsonNode rule = only(only("Ingress").at("/spec/rules"));
        assertEquals(rule.path("host").asText(), URI.create(base).getHost());
        assertTrue(
                Files.readString(repoRoot.resolve("k8s/README.md"))
                        .contains("platform.redirect-base-url"),
                "k8s/README.md must name platform.redirect-base-url among the production overrides");
        assertEquals(
                "${REDIRECT_BASE_URL:http://127.0.0.1:8082}",
                applicationProperties(GATEWAY).getProperty("platform.redirect-base-url"),
                "the gateway reads the link base from REDIRECT_BASE_URL");
    }

    @Test
    void everyDeploymentHasAnAutoscalerADisruptionBudgetAndSpreadsOverZonesAndNodes() {
        for (String app : DEPLOYMENTS) {
            Map<String, String> podLabels = podLabels(app);
            JsonNode hpa = named("HorizontalPodAutoscaler", app);
            assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
            assertEquals(app, hpa.at("/spec/scaleTargetRef/name").asText());
            int min = hpa.at("/spec/minReplicas").asInt();
            assertTrue(min >= 2, app + ": at least two replicas, so one can go at a time");
            assertTrue(hpa.at("/spec/maxReplicas").asInt() > min, app + ": room to scale");

            JsonNode pdb = named("PodDisruptionBudget", app);
            assertTrue(
                    matches(pdb.at("/spec/selector/matchLabels"), podLabels),
                    app + ": the PDB selects its pods");
            assertEquals(
                    1,
                    pdb.at("/spec/maxUnavailable").asInt(),
                    app + ": one pod at a time may be evicted");

            Set<String> keys = new TreeSet<>();
            for (JsonNode constraint : podSpec(app).path("topologySpreadConstraints")) {
                assertTrue(
                        matches(constraint.at("/labelSelector/matchLabels"), podLabels),
                        app + ": a topology spread constraint must select the app's own pods");
                keys.add(constraint.path("topologyKey").asText());
            }
            assertEquals(
                    Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone"),
                    keys,
                    app + ": spread over nodes and zones");
        }
    }

    @Test
    void prometheusScrapesEveryAppOnItsManagementPortThroughAServiceMonitor() {
        for (String app : DEPLOYMENTS) {
            JsonNode container = container(app);
            int management = namedPorts(container.path("ports")).get("management");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertEquals(
                        "management",
                        container.at("/" + probe + "/httpGet/port").asText(),
                        app + ": " + probe + " on the management port");
            }
            assertFalse(
                    namedPorts(named("Service", app).at("/spec/ports")).containsKey("management"),
                    app + ": the traffic Service never routes to the management port");

            JsonNode monitor = named("ServiceMonitor", app);
            JsonNode metricsService =
                    ofKind("Service").stream()
                            .filter(
                                    s ->
                                            matches(
                                                            monitor.at(
                                                                    "/spec/selector/matchLabels"),
                                                            labels(s.path("metadata")))
                                                    && matches(
                                                            s.at("/spec/selector"), podLabels(app)))
                            .findFirst()
                            .orElseGet(() -> fail(app + ": the ServiceMonitor selects no Service"));
            JsonNode endpoint = only(monitor.at("/spec/endpoints"));
            assertEquals("/q/metrics", endpoint.path("path").asText());
            JsonNode port =
                    elements(metricsService.at("/spec/ports")).stream()
                            .filter(
                                    p ->
                                            p.path("name")
                                                    .asText()
                                                    .equals(endpoint.path("port").asText()))
                            .findFirst()
                            .orElseGet(
                                    () -> fail(app + ": the monitored port is not in the Service"));
            assertEquals("management", port.path("targetPort").asText());
            assertEquals(management, port.path("port").asInt());
        }
    }

    @Test
    void podsStopTakingTrafficBeforeStoppingAndGetTimeToDrain() throws IOException {
        for (String app : DEPLOYMENTS) {
            List<String> preStop = textList(container(app).at("/lifecycle/preStop/exec/command"));
            assertEquals("sleep", preStop.get(0), app + ": a preStop delay");
            Duration delay = Duration.ofSeconds(Long.parseLong(preStop.get(1)));
            assertTrue(
                    delay.compareTo(ENDPOINT_PROPAGATION) > 0,
                    app + ": the preStop delay must outlast endpoint propagation");

            Duration drain =
                    Duration.parse("PT" + configMapEnv(app).get("QUARKUS_SHUTDOWN_TIMEOUT"));
            if (app.equals(TRACKING)) {
                // The click queue is stored after the requests in flight (ClickWriter#drainOnStop).
                drain =
                        drain.plus(
                                Duration.parse(
                                        applicationProperties(TRACKING)
                                                .getProperty("tracking.clicks.drain-timeout")));
            }
            Duration grace =
                    Duration.ofSeconds(podSpec(app).path("terminationGracePeriodSeconds").asLong());
            assertTrue(
                    grace.compareTo(delay.plus(drain).plus(EXIT_MARGIN)) >= 0,
                    app
                            + ": grace period "
                            + grace
                            + " must exceed preStop "
                            + delay
                            + " + drain "
                            + drain
                            + " + "
                            + EXIT_MARGIN);
        }
    }

    @Test
    void everyImageIsPinnedByDigest() {
        for (JsonNode workload : concat(ofKind("Deployment"), ofKind("Job"))) {
            for (JsonNode container : workload.at("/spec/template/spec/containers")) {
                String image = container.path("image").asText();
                assertTrue(
                        DIGEST.matcher(image).matches(),
                        name(workload) + ": image " + image + " must be pinned by digest");
            }
        }
    }

    @Test
    void migrationsRunAsJobsOfTheServicesJarsAndNotAtStart() {
        for (var entry : DATABASES.entrySet()) {
            String app = entry.getKey();
            JsonNode job = named("Job", app + "-migrate");
            JsonNode migrate = only(job.at("/spec/template/spec/containers"));
            assertEquals(container(app).path("image").asText(), migrate.path("image").asText());
            Map<String, String> env = plainEnv(migrate);
            assertEquals("true", env.get("QUARKUS_INIT_AND_EXIT"), app + " job: init and exit");
            assertEquals("true", env.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), app + " job");
            assertEquals(
                    "jdbc:postgresql://platform-db-rw:5432/" + entry.getValue(),
                    env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                    app + " job: migrations go to the primary directly, never through the pooler");
            assertEquals(
                    "false",
                    configMapEnv(app).get("QUARKUS_FLYWAY_MIGRATE_AT_START"),
                    app + ": the Deployment's pods do not migrate");
            assertEquals(
                    "Never", job.at("/spec/template/spec/restartPolicy").asText(), app + " job");
        }
    }

    @Test
    void postgresqlIsACloudNativePgClusterWithADatabaseAndARolePerService() throws IOException {
        JsonNode cluster = named("Cluster", "platform-db");
        assertEquals(3, cluster.at("/spec/instances").asInt());
        assertTrue(cluster.at("/spec/monitoring/enablePodMonitor").asBoolean());
        assertTrue(cluster.at("/spec/backup/barmanObjectStore").isObject(), "backups configured");
        assertTrue(
                ofKind("ScheduledBackup").stream()
                        .anyMatch(b -> "platform-db".equals(b.at("/spec/cluster/name").asText())),
                "a ScheduledBackup of platform-db");

        JsonNode initdb = cluster.at("/spec/bootstrap/initdb");
        Map<String, String> ownerByDatabase = new TreeMap<>();
        ownerByDatabase.put(initdb.path("database").asText(), initdb.path("owner").asText());
        Map<String, String> passwordSecretByRole = new TreeMap<>();
        passwordSecretByRole.put(initdb.path("owner").asText(), initdb.at("/secret/name").asText());
        var createDatabase = Pattern.compile("(?i)CREATE DATABASE (\\w+) OWNER (\\w+)");
        for (String sql : textList(initdb.path("postInitSQL"))) {
            var m = createDatabase.matcher(sql);
            if (m.matches()) {
                ownerByDatabase.put(m.group(1), m.group(2));
            }
        }
        for (JsonNode role : cluster.at("/spec/managed/roles")) {
            assertTrue(role.path("login").asBoolean(), "role " + role.path("name") + " logs in");
            passwordSecretByRole.put(
                    role.path("name").asText(), role.at("/passwordSecret/name").asText());
        }
        Map<String, String> expectedOwners = new TreeMap<>();
        DATABASES.values().forEach(db -> expectedOwners.put(db, db));
        assertEquals(
                expectedOwners, ownerByDatabase, "one database per service, owned by its role");

        JsonNode pooler = only("Pooler");
        assertEquals("platform-db", pooler.at("/spec/cluster/name").asText());
        assertEquals("transaction", pooler.at("/spec/pgbouncer/poolMode").asText());
        String poolerHost = name(pooler);

        for (var entry : DATABASES.entrySet()) {
            String app = entry.getKey();
            String db = entry.getValue();
            Map<String, String> config = configMapEnv(app);
            URI reactive = URI.create(config.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
            URI jdbc = URI.create(config.get("QUARKUS_DATASOURCE_JDBC_URL").substring(5));
            assertEquals("/" + db, reactive.getPath(), app + ": its own database");
            assertEquals("/" + db, jdbc.getPath(), app + ": its own database");
            for (URI url : List.of(reactive, jdbc)) {
                assertTrue(
                        Set.of("platform-db-rw", poolerHost).contains(url.getHost()),
                        app + ": the primary or the pooler, was " + url);
            }
            // PgBouncer in transaction mode breaks LISTEN (session state) and COPY is kept off it.
            if (mainSourcesMatch(app, "PgSubscriber")) {
                assertEquals("platform-db-rw", reactive.getHost(), app + " LISTENs: no pooler");
            }
            if (mainSourcesMatch(app, "(?i)copy \\w+ .*from stdin")) {
                assertEquals("platform-db-rw", jdbc.getHost(), app + " COPYs: no pooler");
            }
            Map<String, String> secretOf = secretKeyRefs(container(app));
            assertEquals(
                    passwordSecretByRole.get(db) + "/username",
                    secretOf.get("QUARKUS_DATASOURCE_USERNAME"),
                    app + ": the role's credentials come from the Secret the Cluster uses");
            assertEquals(
                    passwordSecretByRole.get(db) + "/password",
                    secretOf.get("QUARKUS_DATASOURCE_PASSWORD"),
                    app);
        }
        assertTrue(
                ofKind("Service").stream().noneMatch(s -> name(s).equals("postgres")),
                "no stand-in postgres Service");
    }

    @Test
    void keycloakIsRunByItsOperatorWithTheProductionRealm() throws IOException {
        JsonNode keycloak = only("Keycloak");
        String dbHost = keycloak.at("/spec/db/host").asText();
        assertTrue(
                ofKind("Cluster").stream().anyMatch(c -> dbHost.equals(name(c) + "-rw")),
                "Keycloak's database is a CloudNativePG Cluster's primary, was " + dbHost);
        String keycloakUrl =
                "https://" + URI.create(keycloak.at("/spec/hostname/hostname").asText()).getHost();
        for (String app : DEPLOYMENTS) {
            assertEquals(
                    keycloakUrl, configMapEnv(app).get("KEYCLOAK_URL"), app + ": KEYCLOAK_URL");
        }

        JsonNode realmImport = only("KeycloakRealmImport");
        assertEquals(name(keycloak), realmImport.at("/spec/keycloakCRName").asText());
        JsonNode prod = realmImport.at("/spec/realm");
        JsonNode dev =
                new ObjectMapper()
                        .readTree(
                                repoRoot.resolve("infra/keycloak/creator-platform-realm.json")
                                        .toFile());
        ProductionRealmRules.check(dev, prod, realmImport.at("/spec/placeholders"));

        // Each client secret placeholder reads a key of a Secret the services read too.
        for (var placeholder : realmImport.at("/spec/placeholders").properties()) {
            String secret = placeholder.getValue().at("/secret/name").asText();
            assertTrue(
                    DEPLOYMENTS.stream()
                            .anyMatch(
                                    app ->
                                            elements(container(app).path("envFrom")).stream()
                                                    .anyMatch(
                                                            e ->
                                                                    secret.equals(
                                                                            e.at("/secretRef/name")
                                                                                    .asText()))),
                    "placeholder " + placeholder.getKey() + " reads Secret " + secret);
        }
    }

    @Test
    void theDevPlaceholderSecretsAreNotRendered() {
        assertEquals(
                List.of(),
                ofKind("Secret").stream().map(ProdOverlayTest::name).toList(),
                "production Secrets come from the secret manager, not from the base's placeholders");
    }

    // ---------------------------------------------------------------------------------------------

    private static boolean mainSourcesMatch(String app, String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        try (Stream<Path> files = Files.walk(repoRoot.resolve(app).resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .anyMatch(
                            f -> {
                                try {
                                    return pattern.matcher(Files.readString(f)).find();
                                } catch (IOException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
        }
    }

    private static Properties applicationProperties(String app) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(
                        repoRoot.resolve(app).resolve("src/main/resources/application.properties"),
                        StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static JsonNode only(String kind) {
        List<JsonNode> all = ofKind(kind);
        assertEquals(1, all.size(), "one " + kind);
        return all.get(0);
    }

    private static JsonNode only(JsonNode array) {
        assertEquals(1, array.size(), "one element in " + array);
        return array.get(0);
    }

    private static JsonNode named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(name(o)))
                .findFirst()
                .orElseGet(() -> fail("no " + kind + " named " + name + " in overlays/prod"));
    }

    private static String name(JsonNode object) {
        return object.at("/metadata/name").asText();
    }

    private static JsonNode podSpec(String app) {
        return named("Deployment", app).at("/spec/template/spec");
    }

    private static JsonNode container(String app) {
        return elements(podSpec(app).path("containers")).stream()
                .filter(c -> app.equals(c.path("name").asText()))
                .findFirst()
                .orElseGet(() -> fail("no container " + app));
    }

    private static Map<String, String> podLabels(String app) {
        return labels(named("Deployment", app).at("/spec/template/metadata"));
    }

    private static Map<String, String> labels(JsonNode metadata) {
        Map<String, String> labels = new TreeMap<>();
        metadata.path("labels")
                .properties()
                .forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** Whether every key=value of the selector is among the labels (and it selects something). */
    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector.isEmpty()) {
            return false;
        }
        var all = new boolean[] {true};
        selector.properties()
                .forEach(e -> all[0] &= e.getValue().asText().equals(labels.get(e.getKey())));
        return all[0];
    }

    private static Map<String, Integer> namedPorts(JsonNode ports) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (JsonNode port : ports) {
            byName.put(
                    port.path("name").asText(),
                    port.has("containerPort")
                            ? port.path("containerPort").asInt()
                            : port.path("port").asInt());
        }
        return byName;
    }

    /** The container's env from its ConfigMaps (envFrom) and plain values (env). */
    private static Map<String, String> configMapEnv(String app) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode source : container(app).path("envFrom")) {
            if (source.has("configMapRef")) {
                named("ConfigMap", source.at("/configMapRef/name").asText())
                        .path("data")
                        .properties()
                        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            }
        }
        env.putAll(plainEnv(container(app)));
        return env;
    }

    private static Map<String, String> plainEnv(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode var : container.path("env")) {
            if (var.has("value")) {
                env.put(var.path("name").asText(), var.path("value").asText());
            }
        }
        return env;
    }

    /** env name -> "secret/key" of env vars read from Secrets. */
    private static Map<String, String> secretKeyRefs(JsonNode container) {
        Map<String, String> refs = new LinkedHashMap<>();
        for (JsonNode var : container.path("env")) {
            JsonNode ref = var.at("/valueFrom/secretKeyRef");
            if (ref.isObject()) {
                refs.put(
                        var.path("name").asText(),
                        ref.path("name").asText() + "/" + ref.path("key").asText());
            }
        }
        return refs;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static List<String> textList(JsonNode array) {
        return elements(array).stream().map(JsonNode::asText).toList();
    }

    private static Set<String> textValues(JsonNode array) {
        return new TreeSet<>(textList(array));
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
