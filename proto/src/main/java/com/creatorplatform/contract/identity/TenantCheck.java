package com.creatorplatform.contract.identity;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.MessageOrBuilder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a caller may send a request, judged from the request's own top-level fields by their
 * names: a brand must name its own brand in {@code brand_id}; a creator must name itself in
 * {@code creator_id} and in every element of {@code creator_ids} (creators are not checked against
 * brands here); services are trusted. A request without such a field is not restricted by it; an
 * empty one is refused.
 */
public final class TenantCheck {

    private TenantCheck() {
    }

    /** Why the caller may not send the request, or empty when it may. */
    public static Optional<String> refusal(CallerIdentity caller, MessageOrBuilder request) {
        return switch (caller.kind()) {
            case SERVICE -> Optional.empty();
            case BRAND -> refusal(caller, request, "brand_id", "brand");
            case CREATOR -> refusal(caller, request, "creator_id", "creator")
                    .or(() -> refusal(caller, request, "creator_ids", "creator"));
        };
    }

    private static Optional<String> refusal(CallerIdentity caller, MessageOrBuilder request, String field, String whose) {
        return strings(request, field).filter(named -> !named.equals(caller.id())).findFirst()
                .map(named -> named.isEmpty()
                        ? "caller " + caller + " sent an empty " + field
                        : "caller " + caller + " may not act for " + whose + " " + named);
    }

    private static Stream<String> strings(MessageOrBuilder request, String name) {
        FieldDescriptor field = request.getDescriptorForType().findFieldByName(name);
        if (field == null || field.getJavaType() != FieldDescriptor.JavaType.STRING) {
            return Stream.empty();
        }
        if (field.isRepeated()) {
            return ((List<?>) request.getField(field)).stream().map(String.class::cast);
        }
        return Stream.of((String) request.getField(field));
    }
}
