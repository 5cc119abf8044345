package com.creatorplatform.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time (Linux clock ticks, 10 ms) the machine and each of the platform's processes used between
 * two readings of /proc, added up over a benchmark's rounds: on a 2-core machine shared by the
 * gateway, three services and PostgreSQL, a request's time depends on what all of them spend. With
 * -Dbench.threads=true each JVM's threads are shown too, by name (the JIT's compiler threads among
 * them: a busy one says the warm-up was too short).
 */
final class CpuShares {

    private static final List<String> SERVICES =
            List.of("campaign-service", "tracking-service", "payout-service");
    private static final boolean THREADS = Boolean.getBoolean("bench.threads");

    private final Map<String, Long> totals = new LinkedHashMap<>();
    private Map<String, Long> last;
    private int rounds;

    void start() {
        last = read();
    }

    void stop() {
        read().forEach(
                        (who, ticks) ->
                                totals.merge(who, ticks - last.getOrDefault(who, 0L), Long::sum));
        rounds++;
    }

    /**
     * Milliseconds per round, by process (and thread) group; groups that used nothing are left out.
     */
    String perRound() {
        var text = new StringBuilder();
        totals.forEach(
                (who, ticks) -> {
                    if (ticks > 0) {
                        text.append(text.isEmpty() ? "" : ", ")
                                .append(who)
                                .append(' ')
                                .append(
                                        String.format(
                                                "%.1f", ticks * ProcStat.TICK_MILLIS / rounds));
                    }
                });
        return text.toString();
    }

    private static Map<String, Long> read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put("machine", ProcStat.machineBusyTicks());
        count(ticks, "test JVM (gateway)", Path.of("/proc/self"));
        for (Path process : ProcStat.processes()) {
            String group = group(process);
            if (group != null) {
                count(ticks, group, process);
            }
        }
        return ticks;
    }

    private static void count(Map<String, Long> ticks, String group, Path process) {
        ticks.merge(group, ProcStat.ticks(process), Long::sum);
        if (THREADS && !group.equals("postgres")) {
            for (var thread : ProcStat.threads(process)) {
                ticks.merge(
                        group + ": " + thread.name().replaceAll("[0-9#-]+$", ""),
                        thread.ticks(),
                        Long::sum);
            }
        }
    }

    private static String group(Path process) {
        try {
            String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
            if (command.startsWith("postgres") || command.contains("/bin/postgres ")) {
                return "postgres";
            }
            return SERVICES.stream()
                    .filter(s -> command.contains("/" + s + "/target/"))
                    .findFirst()
                    .orElse(null);
        } catch (IOException gone) {
            return null;
        }
    }
}
