package com.creatorplatform.contract;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** How every gRPC adapter runs a use case. */
public final class GrpcCalls {

    private static final Logger LOG = Logger.getLogger(GrpcCalls.class);

    private GrpcCalls() {}

    /**
     * Runs the use case lazily, so that refusals thrown while parsing the request and failures of
     * the use case alike reach the caller as gRPC statuses (see {@link ApiError#toGrpc}).
     */
    public static <T> Uni<T> run(Supplier<Uni<? extends T>> useCase) {
        return Uni.createFrom()
                .<T>deferred(useCase)
                .onFailure(
                        failure ->
                                !(failure instanceof ApiError
                                        || failure instanceof StatusRuntimeException))
                .invoke(bug -> LOG.error("unexpected failure, answered as INTERNAL", bug))
                .onFailure()
                .transform(ApiError::toGrpc);
    }

    /** {@link #run} for a server stream. */
    public static <T> Multi<T> stream(Supplier<Multi<? extends T>> useCase) {
        return Multi.createFrom()
                .<T>deferred(useCase)
                .onFailure(
                        failure ->
                                !(failure instanceof ApiError
                                        || failure instanceof StatusRuntimeException))
                .invoke(bug -> LOG.error("unexpected failure, answered as INTERNAL", bug))
                .onFailure()
                .transform(ApiError::toGrpc);
    }

    /**
     * Whether a call failed because the callee refused its request as invalid (INVALID_ARGUMENT):
     * sending the same request again would fail again.
     */
    public static boolean refused(Throwable failure) {
        return failure instanceof StatusRuntimeException status
                && status.getStatus().getCode() == Status.Code.INVALID_ARGUMENT;
    }
}
