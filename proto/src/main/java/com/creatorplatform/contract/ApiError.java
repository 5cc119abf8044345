package com.creatorplatform.contract;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/**
 * A request the platform refuses, with the code the caller sees. Domain code throws these; the gRPC
 * adapters turn them into a {@link Status}, and the gateway turns that status into a GraphQL error
 * code. Anything else that escapes is a bug and surfaces as INTERNAL with no details.
 */
public final class ApiError extends RuntimeException {

    public enum Code {
        INVALID_ARGUMENT(Status.Code.INVALID_ARGUMENT),
        NOT_FOUND(Status.Code.NOT_FOUND),
        FAILED_PRECONDITION(Status.Code.FAILED_PRECONDITION),
        ALREADY_EXISTS(Status.Code.ALREADY_EXISTS),
        PERMISSION_DENIED(Status.Code.PERMISSION_DENIED),
        UNAUTHENTICATED(Status.Code.UNAUTHENTICATED);

        final Status.Code grpc;

        Code(Status.Code grpc) {
            this.grpc = grpc;
        }
    }

    private final Code code;

    private ApiError(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static ApiError invalidArgument(String message) {
        return new ApiError(Code.INVALID_ARGUMENT, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(Code.NOT_FOUND, message);
    }

    public static ApiError failedPrecondition(String message) {
        return new ApiError(Code.FAILED_PRECONDITION, message);
    }

    public static ApiError alreadyExists(String message) {
        return new ApiError(Code.ALREADY_EXISTS, message);
    }

    public static ApiError permissionDenied(String message) {
        return new ApiError(Code.PERMISSION_DENIED, message);
    }

    public Code code() {
        return code;
    }

    public StatusRuntimeException toStatusException() {
        return Status.fromCode(code.grpc).withDescription(getMessage()).asRuntimeException();
    }

    /**
     * What a gRPC server answers for a failure: refusals keep their code and message; anything else
     * becomes INTERNAL without internals (the cause is for the server's log, not the caller).
     */
    public static StatusRuntimeException toGrpc(Throwable failure) {
        if (failure instanceof ApiError error) {
            return error.toStatusException();
        }
        if (failure instanceof StatusRuntimeException status) {
            return status;
        }
        return Status.INTERNAL
                .withDescription("internal error")
                .withCause(failure)
                .asRuntimeException();
    }
}
