package com.creatorplatform.gateway.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What /proc says of a process (or thread): its parent and the CPU time it and its reaped children
 * used, in Linux clock ticks of 10 ms. What the benchmarks read to tell where the CPU goes.
 */
record ProcStat(long parent, long ticks, long childrenTicks) {

    static final double TICK_MILLIS = 10;

    /** Empty for a process that ended between listing and reading. */
    static Optional<ProcStat> of(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // after "pid (command) ": state ppid ... utime(11) stime(12) cutime(13) cstime(14)
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(
                    new ProcStat(
                            Long.parseLong(fields[1]),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                            Long.parseLong(fields[13]) + Long.parseLong(fields[14])));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** Every process's directory in /proc. */
    static List<Path> processes() {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.filter(
                            p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read /proc", unreadable);
        }
    }

    static long ticks(Path process) {
        return of(process).map(ProcStat::ticks).orElse(0L);
    }

    /** A thread of a process: its name as /proc gives it (comm) and the CPU ticks it used. */
    record ThreadTicks(String name, long ticks) {}

    /** The process's threads; none for a process that ended, a thread that ended left out. */
    static List<ThreadTicks> threads(Path process) {
        List<ThreadTicks> threads = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            for (Path task : tasks.toList()) {
                try {
                    threads.add(
                            new ThreadTicks(
                                    Files.readString(task.resolve("comm")).trim(), ticks(task)));
                } catch (IOException ended) { // the thread ended meanwhile
                }
            }
        } catch (IOException gone) { // the process ended meanwhile
        }
        return threads;
    }

    /**
     * The time a JVM's JIT compiler threads (HotSpot names them "C1 CompilerThre…" and "C2
     * CompilerThre…") used: compiling, not serving; 0 for a process that ended.
     */
    static long compilerTicks(Path process) {
        return threads(process).stream()
                .filter(
                        t ->
                                t.name().startsWith("C1 CompilerThre")
                                        || t.name().startsWith("C2 CompilerThre"))
                .mapToLong(ThreadTicks::ticks)
                .sum();
    }

    /** The whole machine's busy time, all cores: every state of /proc/stat but idle and iowait. */
    static long machineBusyTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // user nice system idle iowait irq softirq steal
            return Long.parseLong(cpu[1])
                    + Long.parseLong(cpu[2])
                    + Long.parseLong(cpu[3])
                    + Long.parseLong(cpu[6])
                    + Long.parseLong(cpu[7])
                    + Long.parseLong(cpu[8]);
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read /proc/stat", unreadable);
        }
    }
}
