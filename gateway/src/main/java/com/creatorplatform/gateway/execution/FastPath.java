package com.creatorplatform.gateway.execution;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import java.util.jar.Manifest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The one switch of this package's hooks into graphql-java and SmallRye GraphQL ({@code
 * platform.graphql.fast-path}, on by default), and its guard: the hooks lean on internals that
 * change between versions, so with the switch on the gateway refuses to start on versions other
 * than those it was built and tested with, saying which and how to go on.
 */
public final class FastPath {

    static final String SWITCH = "platform.graphql.fast-path";

    /**
     * The graphql-java and SmallRye GraphQL lines the hooks were written for (major.minor
     * prefixes).
     */
    static final String GRAPHQL_JAVA = "24.3";

    static final String SMALLRYE_GRAPHQL = "2.17";

    private static final Logger LOG = Logger.getLogger(FastPath.class);
    private static volatile Boolean enabled;

    private FastPath() {}

    /**
     * Whether the hooks are on; the first call checks the versions (and throws when they are not
     * the ones built for).
     */
    static boolean enabled() {
        Boolean known = enabled;
        if (known == null) {
            boolean on =
                    ConfigProvider.getConfig().getOptionalValue(SWITCH, Boolean.class).orElse(true);
            if (on) {
                String refusal = refusal(graphqlJavaVersion(), smallryeGraphqlVersion());
                if (refusal != null) {
                    throw new IllegalStateException(refusal);
                }
            }
            LOG.infof("GraphQL fast path %s (%s)", on ? "on" : "off", SWITCH);
            enabled = known = on;
        }
        return known;
    }

    /** Why the hooks cannot run with these versions, or null when they can. */
    static String refusal(String graphqlJava, String smallryeGraphql) {
        if (startsWithLine(graphqlJava, GRAPHQL_JAVA)
                && startsWithLine(smallryeGraphql, SMALLRYE_GRAPHQL)) {
            return null;
        }
        return "The gateway's GraphQL fast path (com.creatorplatform.gateway.execution) was built for graphql-java "
                + GRAPHQL_JAVA
                + ".x and SmallRye GraphQL "
                + SMALLRYE_GRAPHQL
                + ".x and uses their internals; found graphql-java "
                + graphqlJava
                + " and SmallRye GraphQL "
                + smallryeGraphql
                + ". Start with "
                + SWITCH
                + "=false (env PLATFORM_GRAPHQL_FAST_PATH=false)"
                + " to run without it, then check each hook as its package-info.java says and update the versions in FastPath.";
    }

    private static boolean startsWithLine(String version, String line) {
        return version != null && (version.equals(line) || version.startsWith(line + "."));
    }

    static String graphqlJavaVersion() {
        try {
            for (URL url :
                    Collections.list(
                            FastPath.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
                try (InputStream in = url.openStream()) {
                    var attributes = new Manifest(in).getMainAttributes();
                    if ("graphql-java".equals(attributes.getValue("Bundle-SymbolicName"))) {
                        return attributes.getValue("Bundle-Version");
                    }
                }
            }
        } catch (IOException unreadable) {
            LOG.warnf("could not read graphql-java's manifest: %s", unreadable.getMessage());
        }
        return "unknown";
    }

    static String smallryeGraphqlVersion() {
        try (InputStream in =
                FastPath.class
                        .getClassLoader()
                        .getResourceAsStream(
                                "META-INF/maven/io.smallrye/smallrye-graphql/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
