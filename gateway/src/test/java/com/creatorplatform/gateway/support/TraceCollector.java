package com.creatorplatform.gateway.support;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector inside the test JVM: it receives the spans that the gateway and the
 * services (separate processes) export over OTLP/HTTP (protobuf) and keeps them in memory. One
 * receiver for all four processes, so that a test sees one trace across them exactly as a collector
 * in the cluster would.
 *
 * <p>The request is read field by field ({@link UnknownFieldSet}) rather than with the OTLP
 * classes, which are not on the classpath: only the fields a test looks at (trace, span and parent
 * ids, name, kind, string attributes and the resource's {@code service.name}).
 */
public final class TraceCollector {

    /** Where it listens: a fixed port, as the services are told at launch. */
    public static final int PORT = 18298;

    /** A finished span as exported, with its process' service name. */
    public record Span(
            String service,
            String traceId,
            String spanId,
            String parentId,
            String name,
            int kind,
            Map<String, String> attributes) {

        public static final int SERVER = 2;
        public static final int CLIENT = 3;
    }

    private static TraceCollector running;

    /**
     * Bytes of export requests kept at most: a benchmark traces thousands of requests; later ones
     * are dropped.
     */
    private static final long KEPT_BYTES = 64L << 20;

    /**
     * Export requests as received: read only when a test asks for the spans, so that receiving them
     * costs the JVM that hosts the gateway (and the benchmark's measured rounds) no more than
     * reading the bytes; a collector in the cluster runs elsewhere.
     */
    private final ConcurrentLinkedQueue<byte[]> received = new ConcurrentLinkedQueue<>();

    private final AtomicLong receivedBytes = new AtomicLong();
    private final List<Span> spans = new ArrayList<>();

    /** The one receiver of this JVM, started on first use. */
    public static synchronized TraceCollector instance() {
        if (running == null) {
            try {
                var server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
                running = new TraceCollector();
                server.createContext("/", running::receive);
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not listen on " + PORT, e);
            }
        }
        return running;
    }

    /**
     * How a process exports its spans here (as configuration keys; services get them as system
     * properties): SDK on, OTLP over HTTP. The trace test keeps every trace and has batches sent
     * every 50 ms; with {@code -Dplatform.tracing.ratio} (the dashboard benchmark) the processes
     * sample that share and batch as in production (the batch processor's defaults).
     */
    public static Map<String, String> exporterConfig() {
        String ratio = System.getProperty("platform.tracing.ratio");
        Map<String, String> config =
                new HashMap<>(
                        Map.of(
                                "quarkus.otel.sdk.disabled",
                                "false",
                                "quarkus.otel.exporter.otlp.traces.protocol",
                                "http/protobuf",
                                "quarkus.otel.exporter.otlp.traces.endpoint",
                                "http://127.0.0.1:" + PORT,
                                "quarkus.otel.traces.sampler.arg",
                                ratio == null ? "1.0" : ratio));
        if (ratio == null) {
            config.put("quarkus.otel.bsp.schedule.delay", "50ms");
        }
        return config;
    }

    /** The spans received since the last reset (up to the kept bytes). */
    public synchronized List<Span> spans() {
        for (byte[] request; (request = received.poll()) != null; ) {
            try {
                read(request);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("an export request that is not OTLP", e);
            }
        }
        return List.copyOf(spans);
    }

    /** Bytes of the export requests received since the last reset, kept or not. */
    public long receivedBytes() {
        return receivedBytes.get();
    }

    public synchronized void reset() {
        received.clear();
        spans.clear();
        receivedBytes.set(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip"
                    .equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            byte[] request = body.readAllBytes();
            if (receivedBytes.addAndGet(request.length) <= KEPT_BYTES) {
                received.add(request);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1); // an empty ExportTraceServiceResponse
        }
    }

    // ExportTraceServiceRequest: 1 resource_spans { 1 resource { 1 attributes }, 2 scope_spans { 2
    // spans } }
    private void read(byte[] request) throws InvalidProtocolBufferException {
        for (ByteString resourceSpans : fields(UnknownFieldSet.parseFrom(request), 1)) {
            var rs = UnknownFieldSet.parseFrom(resourceSpans);
            String service = "";
            for (ByteString resource : fields(rs, 1)) {
                service =
                        attributes(UnknownFieldSet.parseFrom(resource), 1)
                                .getOrDefault("service.name", "");
            }
            for (ByteString scopeSpans : fields(rs, 2)) {
                for (ByteString span : fields(UnknownFieldSet.parseFrom(scopeSpans), 2)) {
                    spans.add(span(service, UnknownFieldSet.parseFrom(span)));
                }
            }
        }
    }

    // Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 9 attributes
    private static Span span(String service, UnknownFieldSet span) {
        var kind = span.getField(6).getVarintList();
        return new Span(
                service,
                hex(span, 1),
                hex(span, 2),
                hex(span, 4),
                fields(span, 5).stream().findFirst().map(ByteString::toStringUtf8).orElse(""),
                kind.isEmpty() ? 0 : kind.get(0).intValue(),
                attributes(span, 9));
    }

    // KeyValue: 1 key, 2 value (AnyValue: 1 string_value); other value types are left out.
    private static Map<String, String> attributes(UnknownFieldSet holder, int field) {
        Map<String, String> attributes = new HashMap<>();
        for (ByteString keyValue : fields(holder, field)) {
            try {
                var kv = UnknownFieldSet.parseFrom(keyValue);
                String key = fields(kv, 1).get(0).toStringUtf8();
                for (ByteString value : fields(kv, 2)) {
                    fields(UnknownFieldSet.parseFrom(value), 1)
                            .forEach(text -> attributes.put(key, text.toStringUtf8()));
                }
            } catch (InvalidProtocolBufferException | IndexOutOfBoundsException notAString) {
                // an attribute this reader does not need
            }
        }
        return attributes;
    }

    private static List<ByteString> fields(UnknownFieldSet message, int number) {
        return message.hasField(number)
                ? message.getField(number).getLengthDelimitedList()
                : List.of();
    }

    private static String hex(UnknownFieldSet message, int number) {
        List<ByteString> bytes = fields(message, number);
        return bytes.isEmpty() ? "" : HexFormat.of().formatHex(bytes.get(0).toByteArray());
    }
}
