package com.creatorplatform.gateway.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expand/contract rule for schema changes (docs/schema-changes.md), in a form a test can check.
 * During a rolling update the previous release's pods run against the new schema, so:
 *
 * <ul>
 *   <li>a migration that drops or renames a table or a column is a <em>contract</em> migration and
 *       names each object in a header line {@code -- contract: <table>[.<column>] unused since
 *       <release>};
 *   <li>that release is already released ({@code db/releases.properties}: release = last migration
 *       it shipped) and did not ship the contract migration itself, so the code running during the
 *       update already does without the object;
 *   <li>migrations of the first release are exempt: it creates the schema from nothing.
 * </ul>
 */
final class ExpandContract {

    /** A table, or a table's column ("table.column"), dropped or renamed by a migration. */
    record Contracted(String object, String statement) {}

    /** A header line naming a contracted object and the release since which it is unused. */
    record Declaration(String object, String unusedSince) {}

    private static final Pattern COMMENT = Pattern.compile("--[^\\n]*");
    private static final Pattern DROP_TABLE =
            Pattern.compile(
                    "(?i)\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?([\\w.]+(?:\\s*,\\s*[\\w.]+)*)");
    private static final Pattern ALTER_TABLE =
            Pattern.compile(
                    "(?is)\\bALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?([\\w.]+)\\s+(.*)");
    private static final Pattern RENAME_TABLE = Pattern.compile("(?i)^RENAME\\s+TO\\s+\\w+");
    private static final Pattern RENAME_COLUMN =
            Pattern.compile("(?i)^RENAME\\s+(?:COLUMN\\s+)?(\\w+)\\s+TO\\s+\\w+");
    private static final Pattern DROP_COLUMN =
            Pattern.compile("(?i)^DROP\\s+(?:COLUMN\\s+)?(?:IF\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern NOT_A_COLUMN =
            Pattern.compile("(?i)CONSTRAINT|DEFAULT|NOT|IDENTITY|EXPRESSION|COLUMN");
    private static final Pattern DECLARATION =
            Pattern.compile(
                    "(?m)^--\\s*contract:\\s*([\\w.]+)\\s+unused\\s+since\\s+([\\w.-]+)\\s*$");

    private ExpandContract() {}

    /** The tables and columns a migration drops or renames. */
    static List<Contracted> contracted(String sql) {
        List<Contracted> found = new ArrayList<>();
        for (String statement : COMMENT.matcher(sql).replaceAll("").split(";")) {
            String trimmed = statement.strip().replaceAll("\\s+", " ");
            Matcher drop = DROP_TABLE.matcher(trimmed);
            if (drop.find()) {
                for (String table : drop.group(1).split("\\s*,\\s*")) {
                    found.add(new Contracted(table, trimmed));
                }
            }
            Matcher alter = ALTER_TABLE.matcher(trimmed);
            if (!alter.find()) {
                continue;
            }
            String table = alter.group(1);
            // Actions of one ALTER TABLE are separated by commas (none of ours nests one).
            for (String action : alter.group(2).split("\\s*,\\s*")) {
                if (RENAME_TABLE.matcher(action).find()) {
                    found.add(new Contracted(table, trimmed));
                    continue;
                }
                for (Pattern columnChange : List.of(RENAME_COLUMN, DROP_COLUMN)) {
                    Matcher m = columnChange.matcher(action);
                    if (m.find() && !NOT_A_COLUMN.matcher(m.group(1)).matches()) {
                        found.add(new Contracted(table + "." + m.group(1), trimmed));
                    }
                }
            }
        }
        return found;
    }

    /** The migration's {@code -- contract: ... unused since ...} header lines, by object. */
    static Map<String, Declaration> declarations(String sql) {
        Map<String, Declaration> declared = new TreeMap<>();
        Matcher m = DECLARATION.matcher(sql);
        while (m.find()) {
            declared.put(m.group(1), new Declaration(m.group(1), m.group(2)));
        }
        return declared;
    }

    /**
     * What is wrong with a migration under the rule, empty if nothing. {@code releases}: release ->
     * the last migration version it shipped, in release order.
     */
    static List<String> violations(int version, String sql, Map<String, Integer> releases) {
        List<String> problems = new ArrayList<>();
        int firstRelease = releases.values().stream().findFirst().orElse(0);
        if (version <= firstRelease) {
            return problems;
        }
        Map<String, Declaration> declared = declarations(sql);
        for (Contracted change : contracted(sql)) {
            Optional<Declaration> declaration = Optional.ofNullable(declared.get(change.object()));
            if (declaration.isEmpty()) {
                problems.add(
                        "V"
                                + version
                                + " drops or renames "
                                + change.object()
                                + " without a header '-- contract: "
                                + change.object()
                                + " unused since <release>' ("
                                + change.statement()
                                + ")");
                continue;
            }
            Integer lastOfRelease = releases.get(declaration.get().unusedSince());
            if (lastOfRelease == null) {
                problems.add(
                        "V"
                                + version
                                + ": "
                                + change.object()
                                + " is unused since "
                                + declaration.get().unusedSince()
                                + ", which is not released yet: the pods of the release before"
                                + " still use it during the update; contract it one release later");
            } else if (version <= lastOfRelease) {
                problems.add(
                        "V"
                                + version
                                + " shipped in "
                                + declaration.get().unusedSince()
                                + " itself");
            }
        }
        return problems;
    }
}
