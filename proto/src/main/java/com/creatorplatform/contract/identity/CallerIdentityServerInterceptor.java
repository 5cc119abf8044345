package com.creatorplatform.contract.identity;

import com.google.protobuf.MessageOrBuilder;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoMethodDescriptorSupplier;
import io.quarkus.grpc.GlobalInterceptor;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every service's door: a call is accepted only with a Keycloak access token the service verifies
 * itself ({@link AccessTokenVerifier}); the caller it names ({@link CallerIdentity}) then passes,
 * in this order: an rpc's {@link RpcAudience} (service_only, brand_systems_too in the contracts)
 * must admit it, or the call is PERMISSION_DENIED; a brand viewer may call only reads (rpcs named
 * Get, BatchGet, BatchList, List, Search, Rank, Watch, Export or Resolve...); each request must
 * pass {@link TenantCheck}, or the call is PERMISSION_DENIED before the service sees it. No token,
 * or one that does not verify, is UNAUTHENTICATED with the reason. The standard health and
 * reflection services are open.
 */
@ApplicationScoped
@GlobalInterceptor
public class CallerIdentityServerInterceptor implements ServerInterceptor {

    private static final Logger LOG = Logger.getLogger(CallerIdentityServerInterceptor.class);
    private static final List<String> READ_PREFIXES =
            List.of(
                    "Get",
                    "BatchGet",
                    "BatchList",
                    "List",
                    "Search",
                    "Rank",
                    "Watch",
                    "Export",
                    "Resolve");

    private final AccessTokenVerifier verifier;
    private final SigningKeys keys;
    private final Map<String, RpcAudience> audiences = new ConcurrentHashMap<>();

    CallerIdentityServerInterceptor(
            @ConfigProperty(name = "platform.auth.issuer") String issuer,
            @ConfigProperty(name = "platform.auth.audience", defaultValue = "creator-platform")
                    String audience,
            @ConfigProperty(name = "platform.auth.clock-skew", defaultValue = "30s")
                    Duration clockSkew) {
        this.keys =
                new SigningKeys(
                        URI.create(issuer + "/protocol/openid-connect/certs"),
                        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build(),
                        System::nanoTime);
        this.verifier = new AccessTokenVerifier(issuer, audience, clockSkew, keys);
    }

    /** Whether a brand viewer may call the rpc: reads are named so in the contracts. */
    public static boolean isRead(String bareMethodName) {
        return READ_PREFIXES.stream().anyMatch(bareMethodName::startsWith);
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        MethodDescriptor<Q, A> method = call.getMethodDescriptor();
        if (isOpen(method)) {
            return next.startCall(call, headers);
        }
        Optional<String> token = BearerToken.from(headers);
        if (token.isEmpty()) {
            return refuse(
                    call,
                    Status.UNAUTHENTICATED.withDescription(
                            headers.containsKey(BearerToken.AUTHORIZATION)
                                    ? "the authorization metadata must hold exactly one Bearer token"
                                    : "no bearer token: every call needs a Keycloak access token in the authorization metadata"));
        }
        var verification = verifier.verify(token.get(), true);
        if (!(verification instanceof AccessTokenVerifier.Verification.UnknownKey)) {
            return admit(call, headers, next, verification);
        }
        // The token names a key not read yet: the call waits (without blocking) for the realm's
        // keys.
        var pending = new PendingListener<Q>();
        Context context = Vertx.currentContext();
        keys.refresh()
                .whenComplete(
                        (ignored, failure) -> {
                            Runnable resume =
                                    () ->
                                            pending.start(
                                                    admit(
                                                            call,
                                                            headers,
                                                            next,
                                                            verifier.verify(token.get(), false)));
                            if (context != null) {
                                context.runOnContext(nothing -> resume.run());
                            } else {
                                resume.run();
                            }
                        });
        return pending;
    }

    private <Q, A> ServerCall.Listener<Q> admit(
            ServerCall<Q, A> call,
            Metadata headers,
            ServerCallHandler<Q, A> next,
            AccessTokenVerifier.Verification verification) {
        MethodDescriptor<Q, A> method = call.getMethodDescriptor();
        if (verification instanceof AccessTokenVerifier.Verification.Refused refused) {
            LOG.debugf(
                    "refused %s: %s",
                    method.getFullMethodName(), refused.status().getDescription());
            return refuse(call, refused.status());
        }
        CallerIdentity caller = ((AccessTokenVerifier.Verification.Verified) verification).caller();
        RpcAudience audience =
                audiences.computeIfAbsent(method.getFullMethodName(), name -> audience(method));
        if (!audience.admits(caller)) {
            return refuse(
                    call,
                    Status.PERMISSION_DENIED.withDescription(
                            audience.refusal(method.getBareMethodName(), caller)));
        }
        if (caller.readOnly() && !isRead(method.getBareMethodName())) {
            return refuse(
                    call,
                    Status.PERMISSION_DENIED.withDescription(
                            method.getBareMethodName()
                                    + " changes data, which caller "
                                    + caller
                                    + " may only read"));
        }
        if (caller.kind() == CallerIdentity.Kind.SERVICE && caller.boundBrand().isEmpty()) {
            return next.startCall(call, headers);
        }
        return new TenantCheckedListener<>(next.startCall(call, headers), call, caller);
    }

    private static boolean isOpen(MethodDescriptor<?, ?> method) {
        String service = method.getServiceName();
        return service != null
                && (service.startsWith("grpc.health.") || service.startsWith("grpc.reflection."));
    }

    private static RpcAudience audience(MethodDescriptor<?, ?> method) {
        return method.getSchemaDescriptor() instanceof ProtoMethodDescriptorSupplier schema
                ? RpcAudience.of(schema.getMethodDescriptor())
                : RpcAudience.ANYONE;
    }

    private static <Q, A> ServerCall.Listener<Q> refuse(ServerCall<Q, A> call, Status status) {
        call.close(status, new Metadata());
        return new ServerCall.Listener<>() {};
    }

    /** Holds a call's events until it is admitted or refused, then hands them on in order. */
    private static final class PendingListener<Q> extends ServerCall.Listener<Q> {

        private ServerCall.Listener<Q> delegate;
        private final List<Consumer<ServerCall.Listener<Q>>> held = new ArrayList<>();

        synchronized void start(ServerCall.Listener<Q> started) {
            delegate = started;
            held.forEach(event -> event.accept(started));
            held.clear();
        }

        private synchronized void on(Consumer<ServerCall.Listener<Q>> event) {
            if (delegate != null) {
                event.accept(delegate);
            } else {
                held.add(event);
            }
        }

        @Override
        public void onMessage(Q message) {
            on(listener -> listener.onMessage(message));
        }

        @Override
        public void onHalfClose() {
            on(ServerCall.Listener::onHalfClose);
        }

        @Override
        public void onCancel() {
            on(ServerCall.Listener::onCancel);
        }

        @Override
        public void onComplete() {
            on(ServerCall.Listener::onComplete);
        }

        @Override
        public void onReady() {
            on(ServerCall.Listener::onReady);
        }
    }

    /**
     * Checks each request before the service gets it. After a refusal the service hears only that
     * the call ended (so request-scoped state is cleaned up), never the request.
     */
    private static final class TenantCheckedListener<Q>
            extends SimpleForwardingServerCallListener<Q> {

        private final ServerCall<Q, ?> call;
        private final CallerIdentity caller;
        private boolean refused;

        TenantCheckedListener(
                ServerCall.Listener<Q> delegate, ServerCall<Q, ?> call, CallerIdentity caller) {
            super(delegate);
            this.call = call;
            this.caller = caller;
        }

        @Override
        public void onMessage(Q message) {
            if (refused) {
                return;
            }
            Optional<String> refusal =
                    message instanceof MessageOrBuilder request
                            ? TenantCheck.refusal(caller, request)
                            : Optional.of("the request of caller " + caller + " cannot be checked");
            if (refusal.isPresent()) {
                refused = true;
                call.close(Status.PERMISSION_DENIED.withDescription(refusal.get()), new Metadata());
                return;
            }
            super.onMessage(message);
        }

        @Override
        public void onHalfClose() {
            if (!refused) {
                super.onHalfClose();
            }
        }

        @Override
        public void onReady() {
            if (!refused) {
                super.onReady();
            }
        }
    }
}
