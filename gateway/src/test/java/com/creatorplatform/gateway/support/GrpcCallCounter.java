package com.creatorplatform.gateway.support;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the gateway's gRPC calls per method, so that a test can prove a GraphQL level is resolved
 * with one batch call. A bean of the test sources: part of the gateway under @QuarkusTest only.
 */
@ApplicationScoped
@GlobalInterceptor
public class GrpcCallCounter implements ClientInterceptor {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        CALLS.computeIfAbsent(method.getBareMethodName(), m -> new AtomicInteger()).incrementAndGet();
        return next.newCall(method, options);
    }

    public static void reset() {
        CALLS.clear();
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
