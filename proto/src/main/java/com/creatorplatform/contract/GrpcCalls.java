package com.creatorplatform.contract;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** How every gRPC adapter runs a use case. */
public final class GrpcCalls {

    private GrpcCalls() {
    }

    /**
     * Runs the use case lazily, so that refusals thrown while parsing the request and failures of
     * the use case alike reach the caller as gRPC statuses (see {@link ApiError#toGrpc}).
     */
    public static <T> Uni<T> run(Supplier<Uni<? extends T>> useCase) {
        return Uni.createFrom().<T>deferred(useCase).onFailure().transform(ApiError::toGrpc);
    }
}
