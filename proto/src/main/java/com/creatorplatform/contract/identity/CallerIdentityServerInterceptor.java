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
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every service's door check on the caller identity the gateway or another service propagated
 * ({@link CallerIdentity}): no identity is UNAUTHENTICATED; an rpc marked
 * {@code (creatorplatform.common.v1.service_only)} in the contracts is PERMISSION_DENIED to anyone but
 * a service; each request of a brand or creator must pass {@link TenantCheck}, or the call is
 * PERMISSION_DENIED before the service sees it. The standard health and reflection services are open.
 * The metadata is trusted because only the gateway and the services can reach a service (see
 * docs/decisions.md).
 */
@ApplicationScoped
@GlobalInterceptor
public class CallerIdentityServerInterceptor implements ServerInterceptor {

    static final String SERVICE_ONLY_OPTION = "creatorplatform.common.v1.service_only";

    private final Map<String, Boolean> serviceOnly = new ConcurrentHashMap<>();

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        MethodDescriptor<Q, A> method = call.getMethodDescriptor();
        if (isOpen(method)) {
            return next.startCall(call, headers);
        }
        Optional<CallerIdentity> identity = CallerIdentity.fromMetadata(headers);
        if (identity.isEmpty()) {
            return refuse(call, Status.UNAUTHENTICATED.withDescription("no caller identity"));
        }
        CallerIdentity caller = identity.get();
        if (caller.kind() == CallerIdentity.Kind.SERVICE) {
            return next.startCall(call, headers);
        }
        if (serviceOnly.computeIfAbsent(method.getFullMethodName(), name -> isServiceOnly(method))) {
            return refuse(call, Status.PERMISSION_DENIED.withDescription(
                    method.getBareMethodName() + " is for service accounts only, not for caller " + caller));
        }
        return new TenantCheckedListener<>(next.startCall(call, headers), call, caller);
    }

    private static boolean isOpen(MethodDescriptor<?, ?> method) {
        String service = method.getServiceName();
        return service != null && (service.startsWith("grpc.health.") || service.startsWith("grpc.reflection."));
    }

    private static boolean isServiceOnly(MethodDescriptor<?, ?> method) {
        return method.getSchemaDescriptor() instanceof ProtoMethodDescriptorSupplier schema
                && schema.getMethodDescriptor().getOptions().getAllFields().entrySet().stream()
                        .anyMatch(option -> option.getKey().getFullName().equals(SERVICE_ONLY_OPTION)
                                && Boolean.TRUE.equals(option.getValue()));
    }

    private static <Q, A> ServerCall.Listener<Q> refuse(ServerCall<Q, A> call, Status status) {
        call.close(status, new Metadata());
        return new ServerCall.Listener<>() {
        };
    }

    /**
     * Checks each request before the service gets it. After a refusal the service hears only that the
     * call ended (so request-scoped state is cleaned up), never the request.
     */
    private static final class TenantCheckedListener<Q> extends SimpleForwardingServerCallListener<Q> {

        private final ServerCall<Q, ?> call;
        private final CallerIdentity caller;
        private boolean refused;

        TenantCheckedListener(ServerCall.Listener<Q> delegate, ServerCall<Q, ?> call, CallerIdentity caller) {
            super(delegate);
            this.call = call;
            this.caller = caller;
        }

        @Override
        public void onMessage(Q message) {
            if (refused) {
                return;
            }
            Optional<String> refusal = message instanceof MessageOrBuilder request
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
