package com.creatorplatform.gateway.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The repository's Kubernetes manifests as {@code kubectl kustomize} renders them. */
final class Manifests {

    private Manifests() {}

    /** The repository root: the first parent of the working directory with {@code k8s/base}. */
    static Path repoRoot() {
        // Maven runs tests in the gateway module directory; its parent is the repository root.
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve("k8s/base"))) {
                return candidate;
            }
        }
        return fail("no k8s/base found in " + dir + " or any parent directory");
    }

    /** The objects {@code kubectl kustomize <dir>} renders (documents with a kind). */
    static List<JsonNode> render(Path kustomization) throws IOException, InterruptedException {
        return parseYamlDocuments(kustomize(kustomization));
    }

    static List<JsonNode> parseYamlDocuments(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode document :
                new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll()) {
            if (document != null && document.isObject() && document.has("kind")) {
                documents.add(document);
            }
        }
        assertFalse(documents.isEmpty(), "kubectl kustomize rendered no objects");
        return documents;
    }

    private static String kustomize(Path overlay) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("kustomize", ".err");
        try {
            Process process;
            try {
                process =
                        new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                                .redirectError(stderr.toFile())
                                .start();
            } catch (IOException e) {
                return fail(
                        "kubectl is required to render the Kustomize manifests but could not be started ("
                                + e.getMessage()
                                + "). Install it (e.g. Debian package 'kubectl') and put it on the PATH.");
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
                return fail(
                        "kubectl kustomize "
                                + overlay
                                + " failed with exit code "
                                + process.exitValue()
                                + ":\n"
                                + Files.readString(stderr));
            }
            return output;
        } finally {
            Files.deleteIfExists(stderr);
        }
    }
}
