package com.creatorplatform.contract.testing;

import com.creatorplatform.contract.identity.CallerIdentity;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import java.util.Set;

/**
 * Tests speak to the gRPC services of the module under test as the platform-wide service account
 * "test" (a real Keycloak token, {@link TestTokens}), unless a call carries a token itself (e.g. a
 * test proving that a brand is refused). Only to those services: calls the code under test makes to
 * other modules' services must carry the token it gets itself, so a client missing it fails. A
 * module makes it global for its {@code @QuarkusTest} clients with a small bean:
 *
 * <pre>
 * &#64;Singleton &#64;GlobalInterceptor
 * public class TestCaller extends TestServiceIdentity {
 *     public TestCaller() { super(TrackingServiceGrpc.SERVICE_NAME); }
 * }
 * </pre>
 *
 * A plain channel's stub gets the identity with {@code Callers.as(TestServiceIdentity.IDENTITY,
 * stub)}. Abstract, as Quarkus warns about every concrete client interceptor it finds unregistered.
 */
public abstract class TestServiceIdentity implements ClientInterceptor {

    public static final CallerIdentity IDENTITY = CallerIdentity.service("test");
    private static final ClientInterceptor AS_TEST = Callers.speakingAs(IDENTITY);

    private final Set<String> services;

    /**
     * @param services the full gRPC service names, e.g. {@code BrandServiceGrpc.SERVICE_NAME,
     *     CampaignServiceGrpc.SERVICE_NAME}
     */
    protected TestServiceIdentity(String... services) {
        this.services = Set.of(services);
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(
            MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return services.contains(method.getServiceName())
                ? AS_TEST.interceptCall(method, options, next)
                : next.newCall(method, options);
    }
}
