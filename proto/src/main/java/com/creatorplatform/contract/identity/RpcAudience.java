package com.creatorplatform.contract.identity;

import com.google.protobuf.Descriptors.MethodDescriptor;

/**
 * Who may call an rpc at all, as its options in the contracts say ({@code service_only}, {@code
 * brand_systems_too} in common_v1.proto). Brand-bound service accounts are a brand's own systems
 * (its order pipeline, an orders API key): they may record the brand's orders, but not create
 * brands, feed the ledger or publish the platform's events.
 */
public enum RpcAudience {
    /** Anyone with a verified token (then held to its brand or creator by TenantCheck). */
    ANYONE,
    /** The platform's services and service accounts bound to one brand, for that brand. */
    SERVICES,
    /** The platform's own services only (service accounts without a brand_id claim). */
    PLATFORM_SERVICES;

    static final String SERVICE_ONLY = "creatorplatform.common.v1.service_only";
    static final String BRAND_SYSTEMS_TOO = "creatorplatform.common.v1.brand_systems_too";

    /** The audience the rpc's options declare. */
    public static RpcAudience of(MethodDescriptor method) {
        if (!flag(method, SERVICE_ONLY)) {
            return ANYONE;
        }
        return flag(method, BRAND_SYSTEMS_TOO) ? SERVICES : PLATFORM_SERVICES;
    }

    /** Whether the caller belongs to this audience. */
    public boolean admits(CallerIdentity caller) {
        boolean service = caller.kind() == CallerIdentity.Kind.SERVICE;
        return switch (this) {
            case ANYONE -> true;
            case SERVICES -> service;
            case PLATFORM_SERVICES -> service && caller.boundBrand().isEmpty();
        };
    }

    /** Says why a caller outside the audience is refused, naming the rpc and the caller. */
    public String refusal(String rpc, CallerIdentity caller) {
        return rpc
                + (this == PLATFORM_SERVICES
                        ? " is for the platform's own service accounts only, not for caller "
                        : " is for service accounts only, not for caller ")
                + caller;
    }

    private static boolean flag(MethodDescriptor method, String option) {
        return method.getOptions().getAllFields().entrySet().stream()
                .anyMatch(
                        field ->
                                field.getKey().getFullName().equals(option)
                                        && Boolean.TRUE.equals(field.getValue()));
    }
}
