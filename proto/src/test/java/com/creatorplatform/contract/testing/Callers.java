package com.creatorplatform.contract.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.identity.BearerToken;
import com.creatorplatform.contract.identity.CallerIdentity;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClientUtils;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.function.Executable;

/**
 * gRPC calls as a given caller, or as nobody to the service under test ({@code @QuarkusTest}), and
 * how refusals look.
 */
public final class Callers {

    private Callers() {}

    /**
     * The stub (blocking or Mutiny) speaking as the caller, with a real access token that names it
     * ({@link TestTokens}); the module's {@link TestServiceIdentity} then adds nothing.
     */
    public static <T> T as(CallerIdentity caller, T stub) {
        return withToken(TestTokens.of(caller), stub);
    }

    /**
     * For a plain channel: every call speaks as the caller, with a token renewed as it nears
     * expiry, unless the call carries a token of its own ({@link #as}).
     */
    public static ClientInterceptor speakingAs(CallerIdentity caller) {
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(
                    MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
                return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<A> listener, Metadata headers) {
                        if (!headers.containsKey(BearerToken.AUTHORIZATION)) {
                            headers.merge(BearerToken.metadata(TestTokens.of(caller)));
                        }
                        super.start(listener, headers);
                    }
                };
            }
        };
    }

    /** The stub sending the given bearer token (or anything in its place). */
    public static <T> T withToken(String token, T stub) {
        return GrpcClientUtils.attachHeaders(stub, BearerToken.metadata(token));
    }

    /**
     * A channel to the service under test that sends no credential at all; shut it down after use.
     */
    public static ManagedChannel unidentifiedChannel() {
        int port =
                ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.grpc.server.test-port", Integer.class)
                        .orElse(9001);
        return ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    public static void assertUnauthenticated(String reason, Executable call) {
        assertRefused(Status.Code.UNAUTHENTICATED, reason, call);
    }

    /** How a call without any token is refused. */
    public static final String NO_TOKEN =
            "no bearer token: every call needs a Keycloak access token in the authorization metadata";

    public static void assertPermissionDenied(String reason, Executable call) {
        assertRefused(Status.Code.PERMISSION_DENIED, reason, call);
    }

    private static void assertRefused(Status.Code code, String reason, Executable call) {
        var refused = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, refused.getStatus().getCode(), refused.getStatus().toString());
        assertEquals(reason, refused.getStatus().getDescription());
    }
}
