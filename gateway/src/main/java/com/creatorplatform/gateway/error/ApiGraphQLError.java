package com.creatorplatform.gateway.error;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.smallrye.graphql.api.ErrorCode;

/**
 * Errors a GraphQL client sees, each carrying {@code extensions.code}. The message is meant for the
 * client and never carries internals. One subclass per code because SmallRye GraphQL reads the code
 * from the exception's class.
 */
public abstract class ApiGraphQLError extends RuntimeException {

    protected ApiGraphQLError(String message) {
        super(message, null, false, false);
    }

    @ErrorCode("UNAUTHENTICATED")
    public static final class Unauthenticated extends ApiGraphQLError {
        public Unauthenticated(String message) {
            super(message);
        }
    }

    @ErrorCode("FORBIDDEN")
    public static final class Forbidden extends ApiGraphQLError {
        public Forbidden(String message) {
            super(message);
        }
    }

    @ErrorCode("NOT_FOUND")
    public static final class NotFound extends ApiGraphQLError {
        public NotFound(String message) {
            super(message);
        }
    }

    @ErrorCode("INVALID_ARGUMENT")
    public static final class InvalidArgument extends ApiGraphQLError {
        public InvalidArgument(String message) {
            super(message);
        }
    }

    @ErrorCode("FAILED_PRECONDITION")
    public static final class FailedPrecondition extends ApiGraphQLError {
        public FailedPrecondition(String message) {
            super(message);
        }
    }

    @ErrorCode("CONFLICT")
    public static final class Conflict extends ApiGraphQLError {
        public Conflict(String message) {
            super(message);
        }
    }

    @ErrorCode("UNAVAILABLE")
    public static final class Unavailable extends ApiGraphQLError {
        public Unavailable(String message) {
            super(message);
        }
    }

    @ErrorCode("INTERNAL")
    public static final class Internal extends ApiGraphQLError {
        public Internal(String message) {
            super(message);
        }
    }

    /**
     * The GraphQL error for a failed call to a service. Refusals keep the service's message (it is
     * written for callers); outages name the service; anything else is INTERNAL without details.
     */
    public static ApiGraphQLError fromGrpc(String service, Throwable failure) {
        if (failure instanceof ApiGraphQLError error) {
            return error;
        }
        if (!(failure instanceof StatusRuntimeException sre)) {
            return new Internal("internal error calling " + service);
        }
        Status status = sre.getStatus();
        String message =
                status.getDescription() == null ? status.getCode().name() : status.getDescription();
        return switch (status.getCode()) {
            case INVALID_ARGUMENT, OUT_OF_RANGE -> new InvalidArgument(message);
            case NOT_FOUND -> new NotFound(message);
            case FAILED_PRECONDITION -> new FailedPrecondition(message);
            case ALREADY_EXISTS, ABORTED -> new Conflict(message);
            case PERMISSION_DENIED -> new Forbidden(message);
            case UNAUTHENTICATED -> new Unauthenticated(message);
            case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, CANCELLED ->
                    new Unavailable(service + " is unavailable (" + status.getCode() + ")");
            default -> new Internal("internal error in " + service);
        };
    }
}
