package com.creatorplatform.gateway.bench;

import com.creatorplatform.gateway.support.PlatformServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording of a running service (started and dumped with jcmd, JFR's 'profile' settings),
 * and the methods its CPU samples were in most: where the next engineer looks first.
 */
final class HotMethods {

    private static final String NAME = "bench";

    private final PlatformServices.Service service;
    private final long pid;

    private HotMethods(PlatformServices.Service service, long pid) {
        this.service = service;
        this.pid = pid;
    }

    /** Starts recording; a profiling aid, so a failure only shows in {@link #stop}'s lines. */
    static HotMethods start(PlatformServices.Service service) {
        long pid =
                PlatformServices.running(service)
                        .orElseThrow(() -> new IllegalStateException(service.module() + " is down"))
                        .pid();
        try {
            jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
        } catch (IOException ignored) { // stop() says what failed
        }
        return new HotMethods(service, pid);
    }

    /**
     * Stops the recording (kept in target/) and answers its {@code top} methods by execution
     * samples (the top frame, JIT-compiled or interpreted Java code), as "CONVERSIONS hot" lines.
     */
    List<String> stop(int top) {
        try {
            return hottest(top);
        } catch (IOException failed) {
            return List.of(
                    "CONVERSIONS hot methods of %s: no recording (%s)"
                            .formatted(service.module(), failed.getMessage()));
        }
    }

    private List<String> hottest(int top) throws IOException {
        Path recording = Path.of("target", service.module() + "-bench.jfr").toAbsolutePath();
        Files.deleteIfExists(recording);
        jcmd(pid, "JFR.dump", "name=" + NAME, "filename=" + recording);
        jcmd(pid, "JFR.stop", "name=" + NAME);
        Map<String, Integer> samples = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample")
                    && event.getStackTrace() != null
                    && !event.getStackTrace().getFrames().isEmpty()) {
                var method = event.getStackTrace().getFrames().get(0).getMethod();
                samples.merge(method.getType().getName() + "." + method.getName(), 1, Integer::sum);
                total++;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(
                "CONVERSIONS hot methods of %s (%d execution samples, recording %s):"
                        .formatted(service.module(), total, recording));
        int all = Math.max(1, total);
        samples.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(
                        hot ->
                                lines.add(
                                        "CONVERSIONS hot %5.1f %% %s"
                                                .formatted(
                                                        100.0 * hot.getValue() / all,
                                                        hot.getKey())));
        return lines;
    }

    private static void jcmd(long pid, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(String.valueOf(pid));
        line.addAll(List.of(command));
        var process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", line) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", line), e);
        }
    }
}
