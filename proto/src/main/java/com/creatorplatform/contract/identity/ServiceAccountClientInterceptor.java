package com.creatorplatform.contract.identity;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Calls as this service's own Keycloak service account ({@link ServiceAccountCredentials}): client
 * {@code platform.auth.client-id} (by default {@code quarkus.application.name}) with secret {@code
 * platform.auth.client-secret}, at {@code platform.auth.issuer}. A module opts in with a one-line
 * bean registered on the clients that speak for the service itself:
 *
 * <pre>
 * &#64;Singleton class OwnAccount extends ServiceAccountClientInterceptor {}
 * ... &#64;GrpcClient("payout") &#64;RegisterClientInterceptor(OwnAccount.class) MutinyPayoutServiceStub payouts
 * </pre>
 *
 * Abstract on purpose: Quarkus warns about every concrete client interceptor it finds unregistered,
 * and no client may speak as the service by accident (the gateway forwards its user's token).
 */
public abstract class ServiceAccountClientInterceptor implements ClientInterceptor {

    private final ServiceAccountCredentials credentials;

    protected ServiceAccountClientInterceptor() {
        Config config = ConfigProvider.getConfig();
        this.credentials =
                new ServiceAccountCredentials(
                        config.getValue("platform.auth.issuer", String.class),
                        config.getOptionalValue("platform.auth.client-id", String.class)
                                .orElseGet(
                                        () ->
                                                config.getValue(
                                                        "quarkus.application.name", String.class)),
                        config.getValue("platform.auth.client-secret", String.class));
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(
            MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return next.newCall(method, options.withCallCredentials(credentials));
    }
}
