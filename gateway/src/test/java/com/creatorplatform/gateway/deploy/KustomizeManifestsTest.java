package com.creatorplatform.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Renders {@code k8s/overlays/dev} with {@code kubectl kustomize} and checks the manifests against
 * what the services actually do: the ports in each module's {@code application.properties}, the
 * SmallRye Health endpoints, the hardened security context, resource limits and the ingress
 * NetworkPolicies. Plain JUnit 5 (no Quarkus) - it only needs {@code kubectl} on the PATH.
 */
class KustomizeManifestsTest {

    private static final String NAMESPACE = "creator-platform";
    private static final String NAME_LABEL = "app.kubernetes.io/name";
    private static final String GATEWAY = "gateway";
    private static final List<String> SERVICES = List.of(GATEWAY, "campaign-service", "tracking-service",
            "payout-service");
    /** Services with a gRPC server (all but the gateway). */
    private static final List<String> GRPC_SERVICES = List.of("campaign-service", "tracking-service",
            "payout-service");

    private static Path repoRoot;
    private static List<JsonNode> objects;
    /** service name -> port name ("http"/"grpc") -> port number, from application.properties. */
    private static Map<String, Map<String, Integer>> expectedPorts;

    @BeforeAll
    static void renderDevOverlay() throws Exception {
        repoRoot = findRepoRoot();
        objects = parseYamlDocuments(kustomize(repoRoot.resolve("k8s/overlays/dev")));
        expectedPorts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            expectedPorts.put(service, portsFromApplicationProperties(service));
        }
    }

    @Test
    void everyServiceHasADeploymentAndAServiceInTheCreatorPlatformNamespace() {
        for (String service : SERVICES) {
            JsonNode deployment = deployment(service);
            JsonNode svc = service(service);
            assertEquals(NAMESPACE, deployment.path("metadata").path("namespace").asText(),
                    "namespace of Deployment " + service);
            assertEquals(NAMESPACE, svc.path("metadata").path("namespace").asText(), "namespace of Service " + service);
            assertEquals(service, deployment.path("metadata").path("labels").path(NAME_LABEL).asText(),
                    "Deployment " + service + " label " + NAME_LABEL);
            assertEquals("creator-platform",
                    deployment.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText(),
                    "Deployment " + service + " label app.kubernetes.io/part-of");
            assertEquals(service, svc.path("spec").path("selector").path(NAME_LABEL).asText(),
                    "Service " + service + " must select the pods of its Deployment");
            assertEquals(service,
                    deployment.path("spec").path("template").path("metadata").path("labels").path(NAME_LABEL)
                            .asText(),
                    "pod template of " + service + " must carry the label its Service selects");
        }
    }

    @Test
    void everyServiceExposesThePortsItsApplicationPropertiesUse() {
        for (String service : SERVICES) {
            Map<String, Integer> containerPorts = namedPorts(container(service).path("ports"), "containerPort");
            assertEquals(expectedPorts.get(service), containerPorts,
                    "named container ports of " + service + " vs. its application.properties");
        }
    }

    @Test
    void everyKubernetesServiceRoutesItsNamedPortsToTheSameContainerPorts() {
        for (String service : SERVICES) {
            Map<String, Integer> containerPorts = namedPorts(container(service).path("ports"), "containerPort");
            JsonNode servicePorts = service(service).path("spec").path("ports");
            assertEquals(expectedPorts.get(service), namedPorts(servicePorts, "port"),
                    "named ports of Service " + service + " vs. its application.properties");
            for (JsonNode port : servicePorts) {
                String name = port.path("name").asText();
                JsonNode target = port.path("targetPort");
                int targetNumber = target.isMissingNode() ? port.path("port").asInt()
                        : target.isNumber() ? target.asInt() : containerPorts.getOrDefault(target.asText(), -1);
                assertEquals(expectedPorts.get(service).get(name), targetNumber,
                        "Service " + service + " port '" + name + "' must target container port '" + name + "'");
            }
        }
    }

    @Test
    void everyDeploymentProbesTheQuarkusHealthEndpointsOnItsHttpPort() {
        for (String service : SERVICES) {
            JsonNode container = container(service);
            assertHttpProbe(service, container.path("readinessProbe"), "readinessProbe", "/q/health/ready");
            assertHttpProbe(service, container.path("livenessProbe"), "livenessProbe", "/q/health/live");
        }
    }

    @Test
    void everyContainerRunsAsNonRootWithAReadOnlyRootFilesystemAndAWritableTmp() {
        for (String service : SERVICES) {
            JsonNode podSpec = deployment(service).path("spec").path("template").path("spec");
            JsonNode container = container(service);
            JsonNode securityContext = container.path("securityContext");
            boolean runAsNonRoot = securityContext.path("runAsNonRoot").asBoolean(false)
                    || podSpec.path("securityContext").path("runAsNonRoot").asBoolean(false);
            assertTrue(runAsNonRoot, service + ": runAsNonRoot must be true");
            assertTrue(securityContext.path("readOnlyRootFilesystem").asBoolean(false),
                    service + ": readOnlyRootFilesystem must be true");
            assertFalse(securityContext.path("allowPrivilegeEscalation").asBoolean(true),
                    service + ": allowPrivilegeEscalation must be false");
            assertTrue(textValues(securityContext.path("capabilities").path("drop")).contains("ALL"),
                    service + ": capabilities must drop ALL");

            Optional<String> tmpVolume = elements(container.path("volumeMounts"))
                    .stream().filter(m -> "/tmp".equals(m.path("mountPath").asText()))
                    .map(m -> m.path("name").asText()).findFirst();
            assertTrue(tmpVolume.isPresent(), service + ": a volume must be mounted at /tmp (root fs is read-only)");
            assertTrue(elements(podSpec.path("volumes")).stream()
                    .anyMatch(v -> tmpVolume.get().equals(v.path("name").asText()) && v.has("emptyDir")),
                    service + ": /tmp must be an emptyDir volume");
        }
    }

    @Test
    void everyContainerDeclaresResourceRequestsAndLimits() {
        for (String service : SERVICES) {
            JsonNode resources = container(service).path("resources");
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(resources.path(kind).path(resource).asText().isBlank(),
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
            assertEquals(service, env.get("QUARKUS_GRPC_CLIENTS_" + client + "_HOST"),
                    "gateway gRPC client host for " + service);
            assertEquals(String.valueOf(expectedPorts.get(service).get("grpc")),
                    env.get("QUARKUS_GRPC_CLIENTS_" + client + "_PORT"),
                    "gateway gRPC client port for " + service + " vs. its application.properties");
        }
    }

    @Test
    void networkPoliciesDenyIngressByDefaultAndOpenOnlyTheIntendedPorts() {
        List<JsonNode> policies = ofKind("NetworkPolicy");
        assertFalse(policies.isEmpty(), "the dev overlay must include the network-policies component");
        policies.forEach(p -> assertEquals(NAMESPACE, p.path("metadata").path("namespace").asText(),
                "namespace of NetworkPolicy " + p.path("metadata").path("name").asText()));

        assertTrue(policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && textValues(p.path("spec").path("policyTypes")).contains("Ingress")
                && p.path("spec").path("ingress").isEmpty()),
                "expected a default-deny-ingress NetworkPolicy (empty podSelector, policyTypes [Ingress], no rules)");

        for (String service : SERVICES) {
            boolean isPublic = service.equals(GATEWAY) || service.equals("tracking-service");
            assertEquals(isPublic, allowedSources(policies, service, "http").contains("*"),
                    service + " http must " + (isPublic ? "" : "not ") + "be reachable from anywhere");
        }
        assertEquals(Set.of(GATEWAY, "tracking-service", "payout-service"), allowedSources(policies, "campaign-service", "grpc"),
                "who may call campaign-service gRPC");
        assertEquals(Set.of(GATEWAY), allowedSources(policies, "tracking-service", "grpc"),
                "who may call tracking-service gRPC");
        assertEquals(Set.of(GATEWAY, "tracking-service"), allowedSources(policies, "payout-service", "grpc"),
                "who may call payout-service gRPC");
    }

    // ---------------------------------------------------------------------------------------------
    // rendering and lookup helpers

    private static Path findRepoRoot() {
        // Maven runs tests in the gateway module directory; its parent is the repository root.
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("k8s/overlays/dev"))) {
                return candidate;
            }
        }
        return fail("no k8s/overlays/dev found in " + dir + " or any parent directory");
    }

    private static String kustomize(Path overlay) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("kustomize", ".err");
        try {
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                        .redirectError(stderr.toFile())
                        .start();
            } catch (IOException e) {
                return fail("kubectl is required to render the Kustomize manifests but could not be started ("
                        + e.getMessage() + "). Install it (e.g. Debian package 'kubectl') and put it on the PATH.");
            }
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return fail("kubectl kustomize " + overlay + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                return fail("kubectl kustomize " + overlay + " failed with exit code " + process.exitValue() + ":\n"
                        + Files.readString(stderr));
            }
            return output;
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private static List<JsonNode> parseYamlDocuments(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode document : new YAMLMapper().readerFor(JsonNode.class).<JsonNode> readValues(yaml).readAll()) {
            if (document != null && document.isObject() && document.has("kind")) {
                documents.add(document);
            }
        }
        assertFalse(documents.isEmpty(), "kubectl kustomize rendered no objects");
        return documents;
    }

    private static Map<String, Integer> portsFromApplicationProperties(String service) throws IOException {
        Path file = repoRoot.resolve(service).resolve("src/main/resources/application.properties");
        assertTrue(Files.isRegularFile(file), "missing " + file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("http", portProperty(properties, file, "quarkus.http.port"));
        if (GRPC_SERVICES.contains(service)) {
            ports.put("grpc", portProperty(properties, file, "quarkus.grpc.server.port"));
        }
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

    private static JsonNode named(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.path("metadata").path("name").asText()))
                .findFirst()
                .orElseGet(() -> fail("no " + kind + " named '" + name + "' in the rendered dev overlay"));
    }

    private static JsonNode deployment(String service) {
        return named("Deployment", service);
    }

    private static JsonNode service(String service) {
        return named("Service", service);
    }

    /** The service's application container (named like the service, or the only container). */
    private static JsonNode container(String service) {
        List<JsonNode> containers = elements(deployment(service).path("spec").path("template").path("spec")
                .path("containers"));
        return containers.stream()
                .filter(c -> service.equals(c.path("name").asText()))
                .findFirst()
                .orElseGet(() -> {
                    assertEquals(1, containers.size(), "Deployment " + service + ": cannot tell the app container");
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

    private static void assertHttpProbe(String service, JsonNode probe, String probeName, String path) {
        assertFalse(probe.isMissingNode(), service + ": " + probeName + " is missing");
        JsonNode httpGet = probe.path("httpGet");
        assertEquals(path, httpGet.path("path").asText(), service + ": " + probeName + " path");
        JsonNode port = httpGet.path("port");
        int expected = expectedPorts.get(service).get("http");
        assertTrue(port.isNumber() ? port.asInt() == expected : "http".equals(port.asText()),
                service + ": " + probeName + " must use the http port (" + expected + "), was " + port);
    }

    private static Map<String, String> configMapEnv(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode source : container(service).path("envFrom")) {
            if (source.has("configMapRef")) {
                named("ConfigMap", source.path("configMapRef").path("name").asText()).path("data")
                        .properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
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
     * Who may reach {@code portName} of the service's pods, as the union over the NetworkPolicies
     * selecting them: "*" for any source, otherwise the {@value #NAME_LABEL} of the allowed pods.
     */
    private static Set<String> allowedSources(List<JsonNode> policies, String service, String portName) {
        int portNumber = expectedPorts.get(service).get(portName);
        Map<String, String> podLabels = new LinkedHashMap<>();
        deployment(service).path("spec").path("template").path("metadata").path("labels").properties()
                .forEach(e -> podLabels.put(e.getKey(), e.getValue().asText()));
        Set<String> sources = new TreeSet<>();
        for (JsonNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!textValues(spec.path("policyTypes")).contains("Ingress")
                    || !selects(spec.path("podSelector"), podLabels)) {
                continue;
            }
            for (JsonNode rule : spec.path("ingress")) {
                boolean coversPort = rule.path("ports").isEmpty() || elements(rule.path("ports")).stream()
                        .anyMatch(p -> !p.has("port") || portName.equals(p.path("port").asText())
                                || (p.path("port").isNumber() && p.path("port").asInt() == portNumber));
                if (!coversPort) {
                    continue;
                }
                if (rule.path("from").isEmpty()) {
                    sources.add("*");
                }
                for (JsonNode peer : rule.path("from")) {
                    JsonNode name = peer.path("podSelector").path("matchLabels").path(NAME_LABEL);
                    // namespaceSelector / ipBlock / label-less selectors are broader than one app
                    sources.add(peer.has("podSelector") && !peer.has("namespaceSelector") && name.isTextual()
                            ? name.asText()
                            : "*");
                }
            }
        }
        return sources;
    }

    private static boolean selects(JsonNode podSelector, Map<String, String> podLabels) {
        assertTrue(podSelector.path("matchExpressions").isEmpty(),
                "matchExpressions in NetworkPolicy podSelectors are not supported by this test");
        var matches = new boolean[] { true };
        podSelector.path("matchLabels").properties().forEach(
                e -> matches[0] &= e.getValue().asText().equals(podLabels.get(e.getKey())));
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
