package com.creatorplatform.contract.identity;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends this service's own identity (its {@code quarkus.application.name}) on its calls to other
 * services, replacing any other. A module opts in with a one-line bean registered on the clients
 * that speak for the service itself:
 * <pre>
 * &#64;Singleton class OwnIdentity extends ServiceIdentityClientInterceptor {}
 * ... &#64;GrpcClient("payout") &#64;RegisterClientInterceptor(OwnIdentity.class) MutinyPayoutServiceStub payouts
 * </pre>
 * Abstract on purpose: Quarkus warns about every concrete client interceptor it finds unregistered
 * and suggests making it global, and no client may speak as a service by accident (the gateway
 * sends its user's identity).
 */
public abstract class ServiceIdentityClientInterceptor implements ClientInterceptor {

    private final Metadata identity = CallerIdentity.service(
            ConfigProvider.getConfig().getValue("quarkus.application.name", String.class)).toMetadata();

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<A> listener, Metadata headers) {
                headers.discardAll(CallerIdentity.KIND_KEY);
                headers.discardAll(CallerIdentity.ID_KEY);
                headers.merge(identity);
                super.start(listener, headers);
            }
        };
    }
}
