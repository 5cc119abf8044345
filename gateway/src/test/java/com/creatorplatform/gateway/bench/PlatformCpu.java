package com.creatorplatform.gateway.bench;

import com.creatorplatform.contract.testing.ServiceProcess;
import com.creatorplatform.gateway.support.PlatformServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The CPU time each process of a benchmark run used, read from /proc before and after: the
 * benchmark's own JVM (the load generator, the idle gateway beside it), each service by its process
 * id, and the PostgreSQL instance on the benchmark's port (its postmaster, its backends, and the
 * backends that ended meanwhile, whose time the postmaster holds as its reaped children's). Also
 * the whole machine's, since other engineers' builds share its cores: what the platform's processes
 * did not use went to them.
 */
final class PlatformCpu {

    private static final String GENERATOR = "load generator (benchmark JVM)";
    private static final String POSTGRES = "PostgreSQL";
    private static final String MACHINE = "machine";

    private final Map<String, Path> processes;
    private final OptionalLong postmaster;
    private final Map<String, Long> before;
    private final Map<String, Long> compilersBefore;
    private final long startNanos = System.nanoTime();

    private PlatformCpu(Map<String, Path> processes, OptionalLong postmaster) {
        this.processes = processes;
        this.postmaster = postmaster;
        this.before = read();
        this.compilersBefore = compilers();
    }

    /** Reads the processes' times now: the start of the run. */
    static PlatformCpu start(List<PlatformServices.Service> services) {
        Map<String, Path> processes = new LinkedHashMap<>();
        processes.put(GENERATOR, Path.of("/proc/self"));
        for (var service : services) {
            PlatformServices.running(service)
                    .ifPresent(
                            process ->
                                    processes.put(
                                            service.module(),
                                            Path.of("/proc", String.valueOf(process.pid()))));
        }
        return new PlatformCpu(processes, postmaster());
    }

    /**
     * What each process used since {@link #start}, in CPU seconds and milliseconds per order, as
     * lines starting "CONVERSIONS cpu".
     */
    List<String> report(int orders) {
        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Long> after = read();
        Map<String, Long> compiling = since(compilersBefore, compilers());
        List<String> lines = new ArrayList<>();
        long platform = 0;
        long measured = 0;
        for (var who : after.keySet()) {
            if (who.equals(MACHINE)) {
                continue;
            }
            long ticks = after.get(who) - before.getOrDefault(who, 0L);
            measured += ticks;
            if (!who.equals(GENERATOR)) {
                platform += ticks;
            }
            lines.add(
                    line(who, ticks, orders)
                            + (compiling.containsKey(who)
                                    ? String.format(
                                            " (JIT compiler threads %.1f s of it)",
                                            compiling.get(who) * ProcStat.TICK_MILLIS / 1000)
                                    : ""));
        }
        if (postmaster.isEmpty()) {
            lines.add(
                    "CONVERSIONS cpu PostgreSQL: no instance of this repository on port "
                            + pgPort()
                            + " found under .platform/*/pg/data");
        }
        double platformMillis = platform * ProcStat.TICK_MILLIS / orders;
        int cores = Runtime.getRuntime().availableProcessors();
        lines.add(
                line("platform (services and PostgreSQL)", platform, orders)
                        + String.format(
                                ": at most %.0f orders/s on %d cores",
                                1000 * cores / platformMillis, cores));
        long machine = after.get(MACHINE) - before.get(MACHINE);
        lines.add(
                String.format(
                        "CONVERSIONS cpu machine: %.1f s busy of %.1f s (%d cores × %.1f s), %.1f s of it outside the benchmark's processes (other engineers' builds and tests)",
                        machine * ProcStat.TICK_MILLIS / 1000,
                        cores * wallSeconds,
                        cores,
                        wallSeconds,
                        Math.max(0, machine - measured) * ProcStat.TICK_MILLIS / 1000));
        return lines;
    }

    /**
     * The share of the services' CPU their JIT compiler threads used since {@link #start}: near 0
     * once the code a run exercises is compiled.
     */
    double compilerShare() {
        long services = 0;
        for (var who : compilersBefore.keySet()) {
            services += ProcStat.ticks(processes.get(who)) - before.getOrDefault(who, 0L);
        }
        long compiling =
                since(compilersBefore, compilers()).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
        return services == 0 ? 0 : (double) compiling / services;
    }

    /** The services' JIT compiler threads' ticks (the benchmark's JVM and PostgreSQL left out). */
    private Map<String, Long> compilers() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach(
                (who, process) -> {
                    if (!who.equals(GENERATOR)) {
                        ticks.put(who, ProcStat.compilerTicks(process));
                    }
                });
        return ticks;
    }

    private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((who, ticks) -> used.put(who, ticks - before.getOrDefault(who, 0L)));
        return used;
    }

    private static String line(String who, long ticks, int orders) {
        return String.format(
                "CONVERSIONS cpu %s: %.1f s, %.2f ms per order",
                who, ticks * ProcStat.TICK_MILLIS / 1000, ticks * ProcStat.TICK_MILLIS / orders);
    }

    private Map<String, Long> read() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put(MACHINE, ProcStat.machineBusyTicks());
        processes.forEach((who, process) -> ticks.put(who, ProcStat.ticks(process)));
        postmaster.ifPresent(pid -> ticks.put(POSTGRES, postgres(pid)));
        return ticks;
    }

    /** The postmaster's own time and its reaped children's, and its live children's. */
    private static long postgres(long postmaster) {
        long ticks =
                ProcStat.of(Path.of("/proc", String.valueOf(postmaster)))
                        .map(stat -> stat.ticks() + stat.childrenTicks())
                        .orElse(0L);
        for (Path process : ProcStat.processes()) {
            var stat = ProcStat.of(process);
            if (stat.isPresent() && stat.get().parent() == postmaster) {
                ticks += stat.get().ticks();
            }
        }
        return ticks;
    }

    /**
     * The process id of the postmaster of this repository's PostgreSQL instance listening on the
     * benchmark's port: scripts/lib.sh keeps each instance's data in .platform/NAME/pg/data, whose
     * postmaster.pid holds the pid on its first line and the port on its fourth.
     */
    private static OptionalLong postmaster() {
        Path state = Path.of("").toAbsolutePath().getParent().resolve(".platform");
        if (!Files.isDirectory(state)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> instances = Files.list(state)) {
            for (Path instance : instances.toList()) {
                Path pidFile = instance.resolve("pg/data/postmaster.pid");
                if (Files.isReadable(pidFile)) {
                    List<String> lines = Files.readAllLines(pidFile);
                    if (lines.size() > 3 && lines.get(3).trim().equals(pgPort())) {
                        return OptionalLong.of(Long.parseLong(lines.get(0).trim()));
                    }
                }
            }
        } catch (IOException unreadable) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static String pgPort() {
        return ServiceProcess.env("PG_PORT", "55433");
    }
}
