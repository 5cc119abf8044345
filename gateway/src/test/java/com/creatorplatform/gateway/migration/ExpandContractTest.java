package com.creatorplatform.gateway.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.migration.ExpandContract.Contracted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The expand/contract rule (docs/schema-changes.md) over every service's migrations. */
class ExpandContractTest {

    private static final Map<String, Integer> RELEASES = releases("0.1.0", 12, "0.2.0", 15);

    @ParameterizedTest
    @ValueSource(strings = {"campaign-service", "tracking-service", "payout-service"})
    void everyMigrationAfterTheFirstReleaseContractsOnlyWhatAReleasedVersionNoLongerUses(
            String service) throws IOException {
        Path module = Path.of("").toAbsolutePath().getParent().resolve(service);
        Path migrations = module.resolve("src/main/resources/db/migration");
        Map<String, Integer> releases =
                releases(module.resolve("src/main/resources/db/releases.properties"));
        assertTrue(!releases.isEmpty(), service + ": db/releases.properties lists its releases");
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = versioned.matcher(file.getFileName().toString());
                if (name.matches()) {
                    problems.addAll(
                            ExpandContract.violations(
                                    Integer.parseInt(name.group(1)),
                                    Files.readString(file),
                                    releases));
                }
            }
        }
        assertEquals(List.of(), problems, service + ": migrations breaking expand/contract");
    }

    @Test
    void dropsAndRenamesOfTablesAndColumnsAreFoundButNotOfConstraintsOrDefaults() {
        String sql =
                """
                -- drop table ignored_in_a_comment;
                DROP TABLE IF EXISTS click_old, click_older;
                ALTER TABLE click_narrow RENAME TO click;
                ALTER TABLE ONLY orders RENAME COLUMN total TO amount, DROP COLUMN IF EXISTS note;
                ALTER TABLE orders DROP legacy;
                ALTER TABLE orders RENAME status TO state;
                ALTER TABLE orders DROP CONSTRAINT orders_pkey, ALTER COLUMN a DROP DEFAULT;
                ALTER TABLE orders ALTER COLUMN b DROP NOT NULL;
                DROP INDEX orders_by_brand;
                """;
        assertEquals(
                List.of(
                        "click_old",
                        "click_older",
                        "click_narrow",
                        "orders.total",
                        "orders.note",
                        "orders.legacy",
                        "orders.status"),
                ExpandContract.contracted(sql).stream().map(Contracted::object).toList());
    }

    @Test
    void aContractNeedsAReleaseThatAlreadyDidWithoutTheObject() {
        String undeclared = "ALTER TABLE orders DROP COLUMN note;";
        assertEquals(1, ExpandContract.violations(16, undeclared, RELEASES).size());

        String sinceReleased = "-- contract: orders.note unused since 0.2.0\n" + undeclared;
        assertEquals(List.of(), ExpandContract.violations(16, sinceReleased, RELEASES));

        String sinceThisRelease = "-- contract: orders.note unused since 0.3.0\n" + undeclared;
        assertEquals(1, ExpandContract.violations(16, sinceThisRelease, RELEASES).size());

        String shippedInThatRelease = "-- contract: orders.note unused since 0.2.0\n" + undeclared;
        assertEquals(1, ExpandContract.violations(14, shippedInThatRelease, RELEASES).size());

        assertEquals(
                List.of(),
                ExpandContract.violations(10, "DROP TABLE click;", RELEASES),
                "the first release creates the schema from nothing");
    }

    private static Map<String, Integer> releases(Object... releaseThenLastVersion) {
        Map<String, Integer> releases = new LinkedHashMap<>();
        for (int i = 0; i < releaseThenLastVersion.length; i += 2) {
            releases.put(
                    (String) releaseThenLastVersion[i], (Integer) releaseThenLastVersion[i + 1]);
        }
        return releases;
    }

    /** release -> last migration version, in file order (the releases' order). */
    private static Map<String, Integer> releases(Path file) throws IOException {
        Map<String, Integer> releases = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return releases;
        }
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("=", 2);
            releases.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
        }
        return releases;
    }
}
