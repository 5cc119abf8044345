package com.creatorplatform.contract.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.identity.CallerIdentity;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClientUtils;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.function.Executable;

/** gRPC calls as a given caller, or as nobody to the service under test ({@code @QuarkusTest}), and how refusals look. */
public final class Callers {

    private Callers() {
    }

    /** The stub (blocking or Mutiny) speaking as the caller; the module's {@link TestServiceIdentity} then adds nothing. */
    public static <T> T as(CallerIdentity caller, T stub) {
        return GrpcClientUtils.attachHeaders(stub, caller.toMetadata());
    }

    /** A channel to the service under test that sends no caller identity at all; shut it down after use. */
    public static ManagedChannel unidentifiedChannel() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.grpc.server.test-port", Integer.class).orElse(9001);
        return ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    public static void assertUnauthenticated(Executable call) {
        assertRefused(Status.Code.UNAUTHENTICATED, "no caller identity", call);
    }

    public static void assertPermissionDenied(String reason, Executable call) {
        assertRefused(Status.Code.PERMISSION_DENIED, reason, call);
    }

    private static void assertRefused(Status.Code code, String reason, Executable call) {
        var refused = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, refused.getStatus().getCode(), refused.getStatus().toString());
        assertEquals(reason, refused.getStatus().getDescription());
    }
}
