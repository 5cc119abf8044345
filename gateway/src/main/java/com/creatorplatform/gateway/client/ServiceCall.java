package com.creatorplatform.gateway.client;

import com.creatorplatform.contract.identity.BearerToken;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.quarkus.grpc.GrpcClientUtils;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How the gateway calls a service: every call has a deadline (set per client in
 * application.properties), reads are retried on UNAVAILABLE because they are idempotent, writes
 * never are, and every failure becomes a GraphQL error naming the service.
 */
final class ServiceCall {

    private static final Logger LOG = Logger.getLogger(ServiceCall.class);

    private ServiceCall() {}

    /**
     * The stub for one call: the caller's access token in its metadata (the services verify it and
     * re-check tenancy with it) and a deadline counted from now.
     */
    static <S extends AbstractStub<S>> S stub(S client, String accessToken, Duration deadline) {
        return as(client, accessToken)
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The stub sending the caller's access token (a stream's: no deadline). */
    static <S extends AbstractStub<S>> S as(S client, String accessToken) {
        return GrpcClientUtils.attachHeaders(client, BearerToken.metadata(accessToken));
    }

    /**
     * A stream's failure as a GraphQL error naming the service (a stream has no deadline: it lasts
     * while watched).
     */
    static <T> Multi<T> stream(String service, Supplier<Multi<? extends T>> call) {
        return Multi.createFrom()
                .<T>deferred(call)
                .onFailure()
                .transform(failure -> translate(service, failure));
    }

    static <T> Uni<T> read(String service, Supplier<Uni<? extends T>> call) {
        return Uni.createFrom()
                .<T>deferred(call)
                .onFailure(ServiceCall::unavailable)
                .retry()
                .withBackOff(Duration.ofMillis(50))
                .atMost(2)
                .onFailure()
                .transform(failure -> translate(service, failure));
    }

    static <T> Uni<T> write(String service, Supplier<Uni<? extends T>> call) {
        return Uni.createFrom()
                .<T>deferred(call)
                .onFailure()
                .transform(failure -> translate(service, failure));
    }

    private static boolean unavailable(Throwable failure) {
        return failure instanceof StatusRuntimeException sre
                && sre.getStatus().getCode() == Status.Code.UNAVAILABLE;
    }

    private static ApiGraphQLError translate(String service, Throwable failure) {
        var error = ApiGraphQLError.fromGrpc(service, failure);
        if (error instanceof ApiGraphQLError.Internal
                || error instanceof ApiGraphQLError.Unavailable) {
            LOG.warnf(failure, "call to %s failed", service);
        }
        return error;
    }
}
