package com.creatorplatform.gateway.support;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the gateway's gRPC calls per method, so that a test can prove a GraphQL level is resolved
 * with one batch call, and times them, so that a benchmark can tell the services' share. A bean of
 * the test sources: part of the gateway under @QuarkusTest only.
 */
@ApplicationScoped
@GlobalInterceptor
public class GrpcCallCounter implements ClientInterceptor {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final ConcurrentLinkedQueue<Call> TIMELINE = new ConcurrentLinkedQueue<>();

    /** One call: when it started and closed (System.nanoTime). */
    public record Call(String method, long startedNanos, long closedNanos) {}

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(
            MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        String name = method.getBareMethodName();
        CALLS.computeIfAbsent(name, m -> new AtomicInteger()).incrementAndGet();
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<A> listener, Metadata headers) {
                long started = System.nanoTime();
                super.start(
                        new SimpleForwardingClientCallListener<>(listener) {
                            @Override
                            public void onClose(Status status, Metadata trailers) {
                                TIMELINE.add(new Call(name, started, System.nanoTime()));
                                super.onClose(status, trailers);
                            }
                        },
                        headers);
            }
        };
    }

    public static void reset() {
        CALLS.clear();
        TIMELINE.clear();
    }

    /** The calls closed since the last reset, in the order they started. */
    public static List<Call> timeline() {
        return TIMELINE.stream().sorted(Comparator.comparingLong(Call::startedNanos)).toList();
    }

    /** Calls per method since the last reset. */
    public static Map<String, Integer> snapshot() {
        Map<String, Integer> calls = new java.util.TreeMap<>();
        CALLS.forEach((method, count) -> calls.put(method, count.get()));
        return calls;
    }

    /** Calls of a method (e.g. "BatchGetCreators") since the last reset. */
    public static int calls(String method) {
        AtomicInteger count = CALLS.get(method);
        return count == null ? 0 : count.get();
    }
}
