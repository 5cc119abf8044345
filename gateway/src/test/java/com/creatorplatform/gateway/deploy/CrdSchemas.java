package com.creatorplatform.gateway.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code openAPIV3Schema} of every CRD in a directory, strict like {@code kubectl
 * --validate=strict}: a field the CRD does not describe is an error, not silently pruned (recipe:
 * RECIPES-NEXT.md section 5). Not checked: CEL rules, quantities, the contents of {@code metadata}.
 */
final class CrdSchemas {

    private static final Dialect KUBERNETES =
            Dialect.builder(Dialects.getOpenApi30())
                    .keywords(
                            Stream.of(
                                            "x-kubernetes-preserve-unknown-fields",
                                            "x-kubernetes-int-or-string",
                                            "x-kubernetes-embedded-resource",
                                            "x-kubernetes-list-type",
                                            "x-kubernetes-list-map-keys",
                                            "x-kubernetes-map-type",
                                            "x-kubernetes-validations")
                                    .map(NonValidationKeyword::new)
                                    .toList())
                    .build();

    /** "group/version/Kind" -> its schema. */
    private final Map<String, Schema> schemas = new HashMap<>();

    private CrdSchemas() {}

    static CrdSchemas load(Path directory) throws IOException {
        var registry = SchemaRegistry.withDefaultDialect(KUBERNETES);
        var yaml = new YAMLMapper();
        var crds = new CrdSchemas();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml")).toList()) {
                JsonNode crd = yaml.readTree(file.toFile());
                if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                    continue;
                }
                for (JsonNode version : crd.at("/spec/versions")) {
                    JsonNode schema = version.at("/schema/openAPIV3Schema").deepCopy();
                    closeObjects(schema, true);
                    crds.schemas.put(
                            crd.at("/spec/group").asText()
                                    + "/"
                                    + version.path("name").asText()
                                    + "/"
                                    + crd.at("/spec/names/kind").asText(),
                            registry.getSchema(schema));
                }
            }
        }
        return crds;
    }

    /** The schema for an object's apiVersion and kind, if a CRD defines it. */
    Optional<Schema> schemaOf(JsonNode object) {
        return Optional.ofNullable(
                schemas.get(
                        object.path("apiVersion").asText() + "/" + object.path("kind").asText()));
    }

    /** The schema violations of a custom resource, one message each (empty: valid). */
    List<String> violations(JsonNode object) {
        return schemaOf(object)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no CRD for "
                                                + object.path("apiVersion").asText()
                                                + " "
                                                + object.path("kind").asText()))
                .validate(object)
                .stream()
                .map(Object::toString)
                .toList();
    }

    /** Strict mode: objects with properties admit no others unless the CRD preserves them. */
    private static void closeObjects(JsonNode node, boolean root) {
        if (node instanceof ObjectNode object) {
            if (root && object.get("properties") instanceof ObjectNode properties) {
                // The Keycloak CRDs do not describe these.
                properties.putObject("apiVersion").put("type", "string");
                properties.putObject("kind").put("type", "string");
                properties.putObject("metadata").put("type", "object");
            }
            if (object.has("properties")
                    && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(e -> closeObjects(e.getValue(), false));
        } else if (node != null && node.isArray()) {
            node.forEach(n -> closeObjects(n, false));
        }
    }
}
