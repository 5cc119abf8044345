package com.creatorplatform.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.ServiceProcess;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each module's {@code src/main/docker/Dockerfile.jvm} against what {@code mvn package} produced
 * (an integration test: it runs after the gateway is packaged too). No image is built here (no
 * container engine, base images cannot be pulled); what can go wrong between the Dockerfile and the
 * build is checked instead: every part of the fast-jar copied, to where the entrypoint runs it, as
 * UID 185, the ports of application.properties exposed, the collector named, and the same collector
 * in the Kubernetes Deployment.
 */
class DockerfilesIT {

    /** Files of target/quarkus-app that the running app does not read. */
    private static final Set<String> NOT_NEEDED_AT_RUNTIME = Set.of("quarkus-app-dependencies.txt");

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "campaign-service", "tracking-service", "payout-service"})
    void theDockerfileFitsWhatMavenPackaged(String module) throws IOException {
        Path repo = Manifests.repoRoot();
        Path moduleDir = repo.resolve(module);
        Path quarkusApp = moduleDir.resolve("target/quarkus-app");
        assertTrue(
                Files.isRegularFile(quarkusApp.resolve("quarkus-run.jar")),
                quarkusApp + " is missing: run after mvn package");
        List<String[]> instructions =
                instructions(moduleDir.resolve("src/main/docker/Dockerfile.jvm"));

        assertEquals(1, all(instructions, "FROM").size(), module + ": one stage");
        assertEquals(List.of("185"), all(instructions, "USER"), module + ": runs as UID 185");

        Map<String, String> copied = new LinkedHashMap<>();
        for (String copy : all(instructions, "COPY")) {
            String[] words = copy.split("\\s+");
            assertEquals("--chown=185", words[0], module + ": COPY " + copy + " owned by 185");
            String source = words[1];
            assertTrue(source.startsWith("target/quarkus-app/"), module + ": copies " + source);
            assertTrue(
                    Files.exists(moduleDir.resolve(source)),
                    module + ": COPY source " + source + " is not what mvn package produced");
            copied.put(
                    source.replaceFirst("^target/quarkus-app/", "").replaceFirst("/$", ""),
                    words[2]);
        }
        Set<String> produced = new TreeSet<>();
        try (Stream<Path> entries = Files.list(quarkusApp)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> !NOT_NEEDED_AT_RUNTIME.contains(name))
                    .forEach(produced::add);
        }
        assertEquals(
                produced,
                new TreeSet<>(copied.keySet()),
                module + ": parts of the fast-jar copied");
        // The fast-jar finds lib/, app/ and quarkus/ next to quarkus-run.jar.
        String runJar = copied.get("quarkus-run.jar");
        Path home = Path.of(runJar).getParent();
        for (String dir : List.of("lib", "app", "quarkus")) {
            assertEquals(
                    home.resolve(dir).toString(),
                    copied.get(dir).replaceFirst("/$", ""),
                    module + ": " + dir + "/ next to quarkus-run.jar");
        }
        assertEquals(
                List.of("[\"java\", \"-jar\", \"" + runJar + "\"]"),
                all(instructions, "ENTRYPOINT"),
                module + ": the entrypoint runs the copied quarkus-run.jar");

        Set<Integer> exposed = new TreeSet<>();
        for (String expose : all(instructions, "EXPOSE")) {
            for (String port : expose.split("\\s+")) {
                exposed.add(Integer.parseInt(port.replace("/tcp", "")));
            }
        }
        assertEquals(ports(moduleDir), exposed, module + ": EXPOSE vs. application.properties");

        String imageGc = onlyGc(module + " Dockerfile", javaOptions(all(instructions, "ENV")));
        String deploymentGc =
                onlyGc(
                        "k8s/base/" + module + ".yaml",
                        Files.readString(repo.resolve("k8s/base/" + module + ".yaml")));
        assertEquals(
                imageGc, deploymentGc, module + ": the same collector in image and Deployment");
    }

    /** The one collector the options name (the JVM would otherwise choose by CPUs and memory). */
    private static String onlyGc(String where, String options) {
        Matcher m = ServiceProcess.GC_OPTION.matcher(options);
        List<String> collectors = new ArrayList<>();
        while (m.find()) {
            collectors.add(m.group(1));
        }
        assertEquals(
                1, collectors.size(), where + ": name exactly one collector, was " + collectors);
        return collectors.get(0);
    }

    private static String javaOptions(List<String> envs) {
        return envs.stream()
                .filter(e -> e.startsWith("JDK_JAVA_OPTIONS="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("ENV JDK_JAVA_OPTIONS is not set"));
    }

    private static Set<Integer> ports(Path moduleDir) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(
                        moduleDir.resolve("src/main/resources/application.properties"),
                        StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<Integer> ports = new TreeSet<>();
        for (String key :
                List.of(
                        "quarkus.http.port",
                        "quarkus.grpc.server.port",
                        "quarkus.management.port")) {
            String value = properties.getProperty(key);
            if (value != null) {
                ports.add(Integer.parseInt(value.strip()));
            }
        }
        return ports;
    }

    private static List<String> all(List<String[]> instructions, String keyword) {
        return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
    }

    /** The Dockerfile's instructions as [KEYWORD, arguments], continuation lines joined. */
    private static List<String[]> instructions(Path dockerfile) throws IOException {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().strip().split("\\s+", 2);
            instructions.add(
                    new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
            current.setLength(0);
        }
        return instructions;
    }
}
