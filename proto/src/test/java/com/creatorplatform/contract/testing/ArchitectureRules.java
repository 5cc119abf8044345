package com.creatorplatform.contract.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The package rules every module's {@code ArchitectureTest} states for its own packages, written
 * once. Packages are named relative to the module's root package ({@code "domain"} is {@code
 * root.domain} and its sub-packages); the empty name is the root package itself, without its
 * sub-packages.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /**
     * One test per rule, named by what it states, each checked against the module's production
     * classes.
     */
    public static Stream<DynamicTest> check(String root, ArchRule... rules) {
        JavaClasses classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(root);
        return Arrays.stream(rules)
                .map(
                        rule ->
                                DynamicTest.dynamicTest(
                                        rule.getDescription(), () -> rule.check(classes)));
    }

    /**
     * The root's sub-packages (each with its own sub-packages) do not depend on one another in a
     * cycle.
     */
    public static SliceRule freeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /**
     * Nothing else in the module depends on these packages: they are where calls come in (gRPC,
     * GraphQL, HTTP routes), so the code they call knows nothing of them.
     */
    public static ArchRule entryPoints(String root, String... adapters) {
        return CompositeArchRule.of(
                        Arrays.stream(adapters)
                                .map(
                                        adapter ->
                                                noClasses()
                                                        .that()
                                                        .resideOutsideOfPackage(pkg(root, adapter))
                                                        .should()
                                                        .dependOnClassesThat()
                                                        .resideInAPackage(pkg(root, adapter))
                                                        .as(
                                                                "nothing in "
                                                                        + root
                                                                        + " outside "
                                                                        + adapter
                                                                        + " depends on "
                                                                        + adapter))
                                .toList())
                .as(
                        "entry points "
                                + Arrays.toString(adapters)
                                + " of "
                                + root
                                + " are depended on by nothing");
    }

    /**
     * The package depends, of the module's own packages, only on itself and the allowed ones: inner
     * packages (domain rules) allow none or little, adapters (clients, repositories) only what they
     * translate to.
     */
    public static ArchRule dependsOnlyOn(String root, String inner, String... allowed) {
        String[] own =
                Stream.concat(Stream.of(inner), Arrays.stream(allowed))
                        .map(name -> pkg(root, name))
                        .toArray(String[]::new);
        return noClasses()
                .that()
                .resideInAPackage(pkg(root, inner))
                .should()
                .dependOnClassesThat(
                        resideInAPackage(root + "..").and(not(resideInAnyPackage(own))))
                .as(
                        "of "
                                + root
                                + "'s packages, "
                                + (inner.isEmpty() ? "the root package" : inner)
                                + " depends only on "
                                + (allowed.length == 0
                                        ? "itself"
                                        : "itself and " + String.join(", ", allowed)));
    }

    private static String pkg(String root, String name) {
        return name.isEmpty() ? root : root + "." + name + "..";
    }
}
