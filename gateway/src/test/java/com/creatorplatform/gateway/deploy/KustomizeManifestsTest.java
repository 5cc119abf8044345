package com.creatorplatform.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders {@code k8s/overlays/dev} with {@code kubectl kustomize} and checks the manifests against
 * what the services actually do: the ports in each module's {@code application.properties} (http,
 * grpc and the Quarkus management interface, which alone serves health and metrics), the SmallRye
 * Health endpoints, the hardened security context, resource limits, where the Keycloak settings and
 * service account secrets come from, and the ingress NetworkPolicies (part of the base). Plain
 * JUnit 5 (no Quarkus) - it only needs {@code kubectl} on the PATH.
 */
class KustomizeManifestsTest {

    private static final String NAMESPACE = "creator-platform";
    private static final String NAME_LABEL = "app.kubernetes.io/name";
    private static final String GATEWAY = "gateway";
    private static final List<String> SERVICES =
            List.of(GATEWAY, "campaign-service", "tracking-service", "payout-service");

    /** Services with a gRPC server (all but the gateway). */
    private static final List<String> GRPC_SERVICES =
            List.of("campaign-service", "tracking-service", "payout-service");

    /**
     * Services that call other services as their own Keycloak service account (client credentials).
     */
    private static final List<String> SERVICE_ACCOUNT_SERVICES =
            List.of("tracking-service", "payout-service");

    /** Environment variable holding a service account's client secret. */
    private static final String SERVICE_CLIENT_SECRET = "SERVICE_CLIENT_SECRET";

    /**
     * Name of the container port (and of the port in application.properties) of the management
     * interface.
     */
    private static final String MANAGEMENT = "management";

    /** Label by which a pod outside the platform asks to reach one service's gRPC port. */
    private static final String GRPC_CLIENT_LABEL = "creatorplatform.io/grpc-client";

    /** How {@link #describePeer} names Prometheus' namespace. */
    private static final String MONITORING =
            "any pod in namespaces kubernetes.io/metadata.name=monitoring";

    private static Path repoRoot;
    private static List<JsonNode> objects;

    /** service name -> its application.properties. */
    private static Map<String, Properties> applicationProperties;

    @BeforeAll
    static void renderDevOverlay() throws Exception {
        repoRoot = Manifests.repoRoot();
        objects = Manifests.render(repoRoot.resolve("k8s/overlays/dev"));
        applicationProperties = new LinkedHashMap<>();
        for (String service : SERVICES) {
            applicationProperties.put(service, loadApplicationProperties(service));
        }
    }

    @Test
    void everyServiceHasADeploymentAndAServiceInTheCreatorPlatformNamespace() {
        for (String service : SERVICES) {
            JsonNode deployment = deployment(service);
            JsonNode svc = service(service);
            assertEquals(
                    NAMESPACE,
                    deployment.path("metadata").path("namespace").asText(),
                    "namespace of Deployment " + service);
            assertEquals(
                    NAMESPACE,
                    svc.path("metadata").path("namespace").asText(),
                    "namespace of Service " + service);
            assertEquals(
                    service,
                    deployment.path("metadata").path("labels").path(NAME_LABEL).asText(),
                    "Deployment " + service + " label " + NAME_LABEL);
            assertEquals(
                    "creator-platform",
                    deployment
                            .path("metadata")
                            .path("labels")
                            .path("app.kubernetes.io/part-of")
                            .asText(),
                    "Deployment " + service + " label app.kubernetes.io/part-of");
            assertEquals(
                    service,
                    svc.path("spec").path("selector").path(NAME_LABEL).asText(),
                    "Service " + service + " must select the pods of its Deployment");
            assertEquals(
                    service,
                    deployment
                            .path("spec")
                            .path("template")
                            .path("metadata")
                            .path("labels")
                            .path(NAME_LABEL)
                            .asText(),
                    "pod template of " + service + " must carry the label its Service selects");
        }
    }

    @Test
    void everyServiceExposesThePortsItsApplicationPropertiesUse() {
        for (String service : SERVICES) {
            Map<String, Integer> containerPorts =
                    namedPorts(container(service).path("ports"), "containerPort");
            assertEquals(
                    expectedPorts(service),
                    containerPorts,
                    "named container ports of "
                            + service
                            + " (http, grpc, management) vs. its application.properties");
        }
    }

    @Test
    void everyKubernetesServiceRoutesItsNamedTrafficPortsToTheSameContainerPorts() {
        for (String service : SERVICES) {
            Map<String, Integer> containerPorts =
                    namedPorts(container(service).path("ports"), "containerPort");
            Map<String, Integer> trafficPorts = trafficPorts(service);
            JsonNode servicePorts = service(service).path("spec").path("ports");
            assertEquals(
                    trafficPorts,
                    namedPorts(servicePorts, "port"),
                    "named ports of Service "
                            + service
                            + " vs. its application.properties (without "
                            + MANAGEMENT
                            + ")");
            for (JsonNode port : servicePorts) {
                String name = port.path("name").asText();
                assertEquals(
                        trafficPorts.get(name),
                        targetPortNumber(port, containerPorts),
                        "Service "
                                + service
                                + " port '"
                                + name
                                + "' must target container port '"
                                + name
                                + "'");
            }
        }
    }

    @Test
    void noKubernetesServiceExposesTheManagementPort() {
        for (String service : SERVICES) {
            Map<String, Integer> containerPorts =
                    namedPorts(container(service).path("ports"), "containerPort");
            int management = expectedPorts(service).get(MANAGEMENT);
            for (JsonNode svc : ofKind("Service")) {
                JsonNode selector = svc.path("spec").path("selector");
                if (selector.isEmpty() || !hasAll(selector, podLabels(service))) {
                    continue;
                }
                for (JsonNode port : svc.path("spec").path("ports")) {
                    assertNotEquals(
                            MANAGEMENT,
                            port.path("name").asText(),
                            "Service "
                                    + svc.path("metadata").path("name").asText()
                                    + " must not expose the "
                                    + MANAGEMENT
                                    + " port of "
                                    + service
                                    + " (health and metrics are not traffic)");
                    assertNotEquals(
                            management,
                            targetPortNumber(port, containerPorts),
                            "Service "
                                    + svc.path("metadata").path("name").asText()
                                    + " must not route to the management port "
                                    + management
                                    + " of "
                                    + service);
                }
            }
        }
    }

    @Test
    void everyDeploymentProbesTheQuarkusHealthEndpointsOnItsManagementPort() {
        for (String service : SERVICES) {
            JsonNode container = container(service);
            assertHttpProbe(
                    service, container.path("startupProbe"), "startupProbe", "/q/health/started");
            assertHttpProbe(
                    service, container.path("readinessProbe"), "readinessProbe", "/q/health/ready");
            assertHttpProbe(
                    service, container.path("livenessProbe"), "livenessProbe", "/q/health/live");
        }
    }

    @Test
    void prometheusScrapesTheMetricsOnTheManagementPort() {
        for (String service : SERVICES) {
            JsonNode annotations =
                    deployment(service)
                            .path("spec")
                            .path("template")
                            .path("metadata")
                            .path("annotations");
            assertEquals(
                    "true",
                    annotations.path("prometheus.io/scrape").asText(),
                    service + ": pod annotation prometheus.io/scrape");
            assertEquals(
                    String.valueOf(expectedPorts(service).get(MANAGEMENT)),
                    annotations.path("prometheus.io/port").asText(),
                    service + ": pod annotation prometheus.io/port must be the management port");
            assertEquals(
                    "/q/metrics",
                    annotations.path("prometheus.io/path").asText(),
                    service + ": pod annotation prometheus.io/path");
        }
    }

    @Test
    void everyContainerRunsAsNonRootWithAReadOnlyRootFilesystemAndAWritableTmp() {
        for (String service : SERVICES) {
            JsonNode podSpec = deployment(service).path("spec").path("template").path("spec");
            JsonNode container = container(service);
            JsonNode securityContext = container.path("securityContext");
            boolean runAsNonRoot =
                    securityContext.path("runAsNonRoot").asBoolean(false)
                            || podSpec.path("securityContext")
                                    .path("runAsNonRoot")
                                    .asBoolean(false);
            assertTrue(runAsNonRoot, service + ": runAsNonRoot must be true");
            assertTrue(
                    securityContext.path("readOnlyRootFilesystem").asBoolean(false),
                    service + ": readOnlyRootFilesystem must be true");
            assertFalse(
                    securityContext.path("allowPrivilegeEscalation").asBoolean(true),
                    service + ": allowPrivilegeEscalation must be false");
            assertTrue(
                    textValues(securityContext.path("capabilities").path("drop")).contains("ALL"),
                    service + ": capabilities must drop ALL");

            Optional<String> tmpVolume =
                    elements(container.path("volumeMounts")).stream()
                            .filter(m -> "/tmp".equals(m.path("mountPath").asText()))
                            .map(m -> m.path("name").asText())
                            .findFirst();
            assertTrue(
                    tmpVolume.isPresent(),
                    service + ": a volume must be mounted at /tmp (root fs is read-only)");
            assertTrue(
                    elements(podSpec.path("volumes")).stream()
                            .anyMatch(
                                    v ->
                                            tmpVolume.get().equals(v.path("name").asText())
                                                    && v.has("emptyDir")),
                    service + ": /tmp must be an emptyDir volume");
        }
    }

    @Test
    void everyContainerDeclaresResourceRequestsAndLimits() {
        for (String service : SERVICES) {
            JsonNode resources = container(service).path("resources");
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(
                            resources.path(kind).path(resource).asText().isBlank(),
                            service + ": resources." + kind + "." + resource + " must be set");
                }
            }
        }
    }

    @Test
    void gatewayCallsTheServicesOnTheGrpcPortsTheyListenOn() {
        Map<String, String> env = configMapEnv(GATEWAY);
        for (String service : GRPC_SERVICES) {
            String client = service.substring(0, service.indexOf('-')).toUpperCase();
            assertEquals(
                    service,
                    env.get("QUARKUS_GRPC_CLIENTS_" + client + "_HOST"),
                    "gateway gRPC client host for " + service);
            assertEquals(
                    String.valueOf(expectedPorts(service).get("grpc")),
                    env.get("QUARKUS_GRPC_CLIENTS_" + client + "_PORT"),
                    "gateway gRPC client port for " + service + " vs. its application.properties");
        }
    }

    @Test
    void everyServiceKnowsKeycloakAndTheGrpcServersListenOnThePodAddress() {
        for (String service : SERVICES) {
            Map<String, String> env = configMapEnv(service);
            String keycloak = env.get("KEYCLOAK_URL");
            assertTrue(
                    keycloak != null && !keycloak.isBlank(),
                    service
                            + ": KEYCLOAK_URL must be set (tokens are verified against ${KEYCLOAK_URL}/realms/"
                            + "creator-platform)");
            String oidc = env.get("QUARKUS_OIDC_AUTH_SERVER_URL");
            if (oidc != null) {
                assertEquals(
                        keycloak + "/realms/creator-platform",
                        oidc,
                        service
                                + ": QUARKUS_OIDC_AUTH_SERVER_URL and KEYCLOAK_URL must name the same issuer");
            }
        }
        for (String service : GRPC_SERVICES) {
            assertEquals(
                    "0.0.0.0",
                    configMapEnv(service).get("GRPC_BIND_HOST"),
                    service
                            + ": GRPC_BIND_HOST must be 0.0.0.0 (the gRPC server binds to loopback otherwise, "
                            + "unreachable from other pods)");
        }
    }

    @Test
    void serviceAccountsTakeTheirClientSecretFromASecret() {
        for (String service : SERVICE_ACCOUNT_SERVICES) {
            List<JsonNode> deployments =
                    ofKind("Deployment").stream()
                            .filter(
                                    d ->
                                            service.equals(
                                                    d.path("spec")
                                                            .path("template")
                                                            .path("metadata")
                                                            .path("labels")
                                                            .path(NAME_LABEL)
                                                            .asText()))
                            .toList();
            assertFalse(deployments.isEmpty(), "no Deployment runs " + service);
            for (JsonNode deployment : deployments) {
                String where =
                        "Deployment "
                                + deployment.path("metadata").path("name").asText()
                                + " ("
                                + service
                                + ")";
                assertClientSecretFromSecret(where, appContainer(deployment, service));
            }
        }
    }

    @Test
    void networkPoliciesDenyIngressByDefaultAndOpenOnlyTheIntendedPorts() {
        List<JsonNode> policies = ofKind("NetworkPolicy");
        assertFalse(
                policies.isEmpty(),
                "the rendered manifests must include the NetworkPolicies of the base");
        policies.forEach(
                p ->
                        assertEquals(
                                NAMESPACE,
                                p.path("metadata").path("namespace").asText(),
                                "namespace of NetworkPolicy "
                                        + p.path("metadata").path("name").asText()));

        assertTrue(
                policies.stream()
                        .anyMatch(
                                p ->
                                        p.path("spec").path("podSelector").isEmpty()
                                                && textValues(p.path("spec").path("policyTypes"))
                                                        .contains("Ingress")
                                                && p.path("spec").path("ingress").isEmpty()),
                "expected a default-deny-ingress NetworkPolicy (empty podSelector, policyTypes [Ingress], no rules)");

        for (String service : SERVICES) {
            boolean isPublic = service.equals(GATEWAY) || service.equals("tracking-service");
            assertEquals(
                    isPublic ? Set.of("*") : Set.of(),
                    allowedSources(policies, service, "http"),
                    service
                            + " http must "
                            + (isPublic ? "be reachable from anywhere" : "not be reachable"));
            assertEquals(
                    Set.of(MONITORING),
                    allowedSources(policies, service, MANAGEMENT),
                    service
                            + " management port (metrics, health) must be reachable from the monitoring namespace "
                            + "only");
        }

        String orderPipeline = labelledCallers("tracking-service");
        assertTrue(
                allowedSources(policies, "tracking-service", "grpc").contains(orderPipeline),
                "tracking-service gRPC must admit pods labelled "
                        + GRPC_CLIENT_LABEL
                        + "=tracking-service in any namespace (the shop's order pipeline)");
        String financeTools = labelledCallers("payout-service");
        assertTrue(
                allowedSources(policies, "payout-service", "grpc").contains(financeTools),
                "payout-service gRPC must admit pods labelled "
                        + GRPC_CLIENT_LABEL
                        + "=payout-service in any namespace (finance tools)");

        assertEquals(
                Set.of(GATEWAY, "tracking-service", "payout-service"),
                allowedSources(policies, "campaign-service", "grpc"),
                "who may call campaign-service gRPC");
        assertEquals(
                Set.of(GATEWAY, orderPipeline),
                allowedSources(policies, "tracking-service", "grpc"),
                "who may call tracking-service gRPC");
        assertEquals(
                Set.of(GATEWAY, "tracking-service", financeTools),
                allowedSources(policies, "payout-service", "grpc"),
                "who may call payout-service gRPC");
    }

    @Test
    void networkPoliciesArePartOfTheBaseNotOnlyOfTheDevOverlay() throws Exception {
        List<JsonNode> base = Manifests.render(repoRoot.resolve("k8s/base"));
        Set<String> inBase = new TreeSet<>();
        base.stream()
                .filter(o -> "NetworkPolicy".equals(o.path("kind").asText()))
                .forEach(o -> inBase.add(o.path("metadata").path("name").asText()));
        Set<String> inDev = new TreeSet<>();
        ofKind("NetworkPolicy").forEach(o -> inDev.add(o.path("metadata").path("name").asText()));
        assertFalse(
                inBase.isEmpty(),
                "k8s/base must render the NetworkPolicies (every overlay gets them)");
        assertEquals(
                inBase, inDev, "the dev overlay must render exactly the base's NetworkPolicies");
    }

    // ---------------------------------------------------------------------------------------------
    // rendering and lookup helpers

    private static Properties loadApplicationProperties(String service) throws IOException {
        Path file = applicationPropertiesFile(service);
        assertTrue(Files.isRegularFile(file), "missing " + file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path applicationPropertiesFile(String service) {
        return repoRoot.resolve(service).resolve("src/main/resources/application.properties");
    }

    /**
     * The service's ports by container port name, from its application.properties: "http", "grpc"
     * (gRPC services) and "management" (the Quarkus management interface, which must be enabled).
     */
    private static Map<String, Integer> expectedPorts(String service) {
        Properties properties = applicationProperties.get(service);
        Path file = applicationPropertiesFile(service);
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("http", portProperty(properties, file, "quarkus.http.port"));
        if (GRPC_SERVICES.contains(service)) {
            ports.put("grpc", portProperty(properties, file, "quarkus.grpc.server.port"));
        }
        String managementEnabled = properties.getProperty("quarkus.management.enabled");
        assertEquals(
                "true",
                managementEnabled == null ? null : managementEnabled.trim(),
                "quarkus.management.enabled=true is not set in "
                        + file
                        + ": health and metrics must be served on the management interface, not on the public port");
        ports.put(MANAGEMENT, portProperty(properties, file, "quarkus.management.port"));
        return ports;
    }

    /** The ports a Kubernetes Service routes: all but the management port. */
    private static Map<String, Integer> trafficPorts(String service) {
        Map<String, Integer> ports = new LinkedHashMap<>(expectedPorts(service));
        ports.remove(MANAGEMENT);
        return ports;
    }

    private static int portProperty(Properties properties, Path file, String key) {
        String value = properties.getProperty(key);
        assertNotNull(value, key + "= is not set in " + file);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fail(key + " in " + file + " is not a plain port number: '" + value + "'");
        }
    }

    private static List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static Optional<JsonNode> findNamed(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst();
    }

    private static JsonNode named(String kind, String name) {
        return findNamed(kind, name)
                .orElseGet(
                        () ->
                                fail(
                                        "no "
                                                + kind
                                                + " named '"
                                                + name
                                                + "' in the rendered dev overlay"));
    }

    private static JsonNode deployment(String service) {
        return named("Deployment", service);
    }

    private static JsonNode service(String service) {
        return named("Service", service);
    }

    /** The labels of the service's pods (its Deployment's pod template). */
    private static Map<String, String> podLabels(String service) {
        Map<String, String> podLabels = new LinkedHashMap<>();
        deployment(service)
                .path("spec")
                .path("template")
                .path("metadata")
                .path("labels")
                .properties()
                .forEach(e -> podLabels.put(e.getKey(), e.getValue().asText()));
        return podLabels;
    }

    /** The service's application container (named like the service, or the only container). */
    private static JsonNode container(String service) {
        return appContainer(deployment(service), service);
    }

    private static JsonNode appContainer(JsonNode deployment, String service) {
        List<JsonNode> containers =
                elements(deployment.path("spec").path("template").path("spec").path("containers"));
        return containers.stream()
                .filter(c -> service.equals(c.path("name").asText()))
                .findFirst()
                .orElseGet(
                        () -> {
                            assertEquals(
                                    1,
                                    containers.size(),
                                    "Deployment " + service + ": cannot tell the app container");
                            return containers.get(0);
                        });
    }

    private static Map<String, Integer> namedPorts(JsonNode ports, String numberField) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (JsonNode port : ports) {
            if (port.hasNonNull("name")) {
                byName.put(port.path("name").asText(), port.path(numberField).asInt());
            }
        }
        return byName;
    }

    /**
     * The container port number a Service port routes to (-1 for a container port name that does
     * not exist).
     */
    private static int targetPortNumber(JsonNode servicePort, Map<String, Integer> containerPorts) {
        JsonNode target = servicePort.path("targetPort");
        return target.isMissingNode()
                ? servicePort.path("port").asInt()
                : target.isNumber()
                        ? target.asInt()
                        : containerPorts.getOrDefault(target.asText(), -1);
    }

    private static void assertHttpProbe(
            String service, JsonNode probe, String probeName, String path) {
        assertFalse(probe.isMissingNode(), service + ": " + probeName + " is missing");
        JsonNode httpGet = probe.path("httpGet");
        assertEquals(path, httpGet.path("path").asText(), service + ": " + probeName + " path");
        JsonNode port = httpGet.path("port");
        int expected = expectedPorts(service).get(MANAGEMENT);
        assertTrue(
                port.isNumber() ? port.asInt() == expected : MANAGEMENT.equals(port.asText()),
                service
                        + ": "
                        + probeName
                        + " must use the management port ("
                        + expected
                        + "), was "
                        + port);
    }

    private static Map<String, String> configMapEnv(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode source : container(service).path("envFrom")) {
            if (source.has("configMapRef")) {
                String prefix = source.path("prefix").asText("");
                named("ConfigMap", source.path("configMapRef").path("name").asText())
                        .path("data")
                        .properties()
                        .forEach(e -> env.put(prefix + e.getKey(), e.getValue().asText()));
            }
        }
        for (JsonNode var : container(service).path("env")) {
            if (var.has("value")) {
                env.put(var.path("name").asText(), var.path("value").asText());
            }
        }
        return env;
    }

    /**
     * The container gets {@value #SERVICE_CLIENT_SECRET} from a Secret (env valueFrom secretKeyRef,
     * or envFrom secretRef of a Secret with that key), and from no plain value or ConfigMap.
     */
    private static void assertClientSecretFromSecret(String where, JsonNode container) {
        List<String> fromSecrets = new ArrayList<>();
        for (JsonNode var : container.path("env")) {
            if (!SERVICE_CLIENT_SECRET.equals(var.path("name").asText())) {
                continue;
            }
            JsonNode ref = var.path("valueFrom").path("secretKeyRef");
            assertTrue(
                    ref.isObject(),
                    where
                            + ": env "
                            + SERVICE_CLIENT_SECRET
                            + " must come from a Secret (valueFrom.secretKeyRef), not a plain value or a ConfigMap");
            String secret = ref.path("name").asText();
            String key = ref.path("key").asText();
            assertTrue(
                    secretHasKey(secret, key),
                    where
                            + ": env "
                            + SERVICE_CLIENT_SECRET
                            + " refers to key '"
                            + key
                            + "' of Secret '"
                            + secret
                            + "', which the dev overlay does not render");
            fromSecrets.add("env secretKeyRef " + secret + "/" + key);
        }
        for (JsonNode source : container.path("envFrom")) {
            String prefix = source.path("prefix").asText("");
            if (!SERVICE_CLIENT_SECRET.startsWith(prefix)) {
                continue;
            }
            String key = SERVICE_CLIENT_SECRET.substring(prefix.length());
            if (source.has("configMapRef")) {
                String configMap = source.path("configMapRef").path("name").asText();
                assertFalse(
                        findNamed("ConfigMap", configMap)
                                .map(c -> c.path("data").has(key))
                                .orElse(false),
                        where
                                + ": "
                                + SERVICE_CLIENT_SECRET
                                + " must not come from ConfigMap "
                                + configMap);
            } else if (source.has("secretRef")) {
                String secret = source.path("secretRef").path("name").asText();
                if (secretHasKey(secret, key)) {
                    fromSecrets.add("envFrom secretRef " + secret);
                }
            }
        }
        assertFalse(
                fromSecrets.isEmpty(),
                where
                        + ": "
                        + SERVICE_CLIENT_SECRET
                        + " (its Keycloak service account's client secret) must come from a Secret: envFrom secretRef or env "
                        + "valueFrom secretKeyRef");
    }

    private static boolean secretHasKey(String secretName, String key) {
        return findNamed("Secret", secretName)
                .map(s -> s.path("data").has(key) || s.path("stringData").has(key))
                .orElse(false);
    }

    /**
     * How {@link #describePeer} names pods outside the platform that carry the grpc-client label
     * for a service.
     */
    private static String labelledCallers(String service) {
        return "pods labelled " + GRPC_CLIENT_LABEL + "=" + service + " in any namespace";
    }

    /**
     * Who may reach {@code portName} of the service's pods, as the union over the NetworkPolicies
     * selecting them: "*" for any source, the {@value #NAME_LABEL} of allowed pods in the
     * namespace, or a description of a broader peer (see {@link #describePeer}).
     */
    private static Set<String> allowedSources(
            List<JsonNode> policies, String service, String portName) {
        int portNumber = expectedPorts(service).get(portName);
        Map<String, String> podLabels = podLabels(service);
        Set<String> sources = new TreeSet<>();
        for (JsonNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!textValues(spec.path("policyTypes")).contains("Ingress")
                    || !selects(spec.path("podSelector"), podLabels)) {
                continue;
            }
            for (JsonNode rule : spec.path("ingress")) {
                boolean coversPort =
                        rule.path("ports").isEmpty()
                                || elements(rule.path("ports")).stream()
                                        .anyMatch(
                                                p ->
                                                        !p.has("port")
                                                                || portName.equals(
                                                                        p.path("port").asText())
                                                                || (p.path("port").isNumber()
                                                                        && p.path("port").asInt()
                                                                                == portNumber));
                if (!coversPort) {
                    continue;
                }
                if (rule.path("from").isEmpty()) {
                    sources.add("*");
                }
                for (JsonNode peer : rule.path("from")) {
                    sources.add(describePeer(peer));
                }
            }
        }
        return sources;
    }

    /**
     * One NetworkPolicy peer: the app name for pods of this namespace selected by {@value
     * #NAME_LABEL}; "*" for everything (an ipBlock of all addresses, or all pods of all
     * namespaces); otherwise "pods labelled k=v" or "any pod", "in any namespace", "in namespaces
     * k=v" or "in this namespace".
     */
    private static String describePeer(JsonNode peer) {
        if (peer.has("ipBlock")) {
            String cidr = peer.path("ipBlock").path("cidr").asText();
            boolean everything =
                    ("0.0.0.0/0".equals(cidr) || "::/0".equals(cidr))
                            && peer.path("ipBlock").path("except").isEmpty();
            return everything ? "*" : "ipBlock " + cidr;
        }
        JsonNode pods = peer.path("podSelector");
        JsonNode namespaces = peer.path("namespaceSelector");
        assertNoMatchExpressions(pods);
        assertNoMatchExpressions(namespaces);
        String podLabels = labels(pods);
        if (!peer.has("namespaceSelector")) {
            JsonNode name = pods.path("matchLabels").path(NAME_LABEL);
            return name.isTextual()
                    ? name.asText()
                    : (podLabels.isEmpty() ? "any pod" : "pods labelled " + podLabels)
                            + " in this namespace";
        }
        String namespaceLabels = labels(namespaces);
        if (podLabels.isEmpty() && namespaceLabels.isEmpty()) {
            return "*";
        }
        return (podLabels.isEmpty() ? "any pod" : "pods labelled " + podLabels)
                + (namespaceLabels.isEmpty()
                        ? " in any namespace"
                        : " in namespaces " + namespaceLabels);
    }

    /** A label selector's matchLabels as "k=v,k=v" (sorted), "" for one that selects everything. */
    private static String labels(JsonNode selector) {
        Set<String> pairs = new TreeSet<>();
        selector.path("matchLabels")
                .properties()
                .forEach(e -> pairs.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(",", pairs);
    }

    private static void assertNoMatchExpressions(JsonNode selector) {
        assertTrue(
                selector.path("matchExpressions").isEmpty(),
                "matchExpressions in NetworkPolicy selectors are not supported by this test");
    }

    /** Whether a NetworkPolicy's label selector selects pods with these labels. */
    private static boolean selects(JsonNode podSelector, Map<String, String> podLabels) {
        assertNoMatchExpressions(podSelector);
        return hasAll(podSelector.path("matchLabels"), podLabels);
    }

    /**
     * Whether the labels include every key=value of {@code wanted} (matchLabels, or a Service
     * selector).
     */
    private static boolean hasAll(JsonNode wanted, Map<String, String> labels) {
        var matches = new boolean[] {true};
        wanted.properties()
                .forEach(e -> matches[0] &= e.getValue().asText().equals(labels.get(e.getKey())));
        return matches[0];
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Set<String> textValues(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
