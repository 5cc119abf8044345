package com.creatorplatform.gateway.contract;

import io.grpc.ServiceDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every gRPC service the contracts declare, found in the .proto files the proto module ships (the
 * ones every module generates its stubs from), so that a test walking "every rpc" also walks a
 * service added later without being told.
 */
final class ContractServices {

    private static final Pattern JAVA_PACKAGE =
            Pattern.compile("^option java_package = \"([\\w.]+)\";", Pattern.MULTILINE);
    private static final Pattern SERVICE =
            Pattern.compile("^service (\\w+) \\{", Pattern.MULTILINE);

    private ContractServices() {}

    /** The descriptors of the generated {@code <Service>Grpc} classes, one per declared service. */
    static List<ServiceDescriptor> all() {
        var services = new ArrayList<ServiceDescriptor>();
        for (String contract : contracts()) {
            Matcher javaPackage = JAVA_PACKAGE.matcher(contract);
            if (!javaPackage.find()) {
                throw new IllegalStateException("a contract without java_package: " + contract);
            }
            Matcher service = SERVICE.matcher(contract);
            while (service.find()) {
                services.add(descriptor(javaPackage.group(1) + "." + service.group(1) + "Grpc"));
            }
        }
        return services;
    }

    private static ServiceDescriptor descriptor(String grpcClass) {
        try {
            return (ServiceDescriptor)
                    Class.forName(grpcClass).getMethod("getServiceDescriptor").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no generated stubs " + grpcClass, e);
        }
    }

    /** The text of every .proto file beside common_v1.proto, in the proto jar or its classes. */
    private static List<String> contracts() {
        try {
            URI common = ContractServices.class.getResource("/common_v1.proto").toURI();
            if (!"jar".equals(common.getScheme())) {
                return read(Path.of(common).getParent());
            }
            try (FileSystem jar = FileSystems.newFileSystem(common, Map.of())) {
                return read(jar.getPath("/"));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            var texts = new ArrayList<String>();
            for (Path file :
                    files.filter(f -> f.getFileName().toString().endsWith(".proto")).toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
