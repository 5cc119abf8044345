package com.creatorplatform.contract.identity;

import com.creatorplatform.contract.Echo;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.MessageOrBuilder;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a caller may send a request, judged by field names at every depth of the request (a
 * report's {@code filter.brand_id} as well as a top-level {@code brand_id}), so a new rpc is
 * covered by following the naming:
 *
 * <ul>
 *   <li>a brand user, or a service account bound to a brand, must name that brand in every {@code
 *       brand_id} and {@code brand_ids};
 *   <li>a creator must name one of its own creator records (one per brand) in every {@code
 *       creator_id} and every element of {@code creator_ids}, and may not leave either empty (an
 *       empty list means "every creator"); a request that names no creator at all (no such field in
 *       it or in any message set in it) is not a creator's to send: what a creator reads is scoped
 *       by their own record;
 *   <li>the platform's own services are not restricted.
 * </ul>
 *
 * A message without such a field is not restricted by it; a nested message is read when it is set.
 * Whether a named creator, campaign or post belongs to the brand is the service's own check.
 */
public final class TenantCheck {

    private static final Set<String> BRAND_FIELDS = Set.of("brand_id", "brand_ids");
    private static final Set<String> CREATOR_FIELDS = Set.of("creator_id", "creator_ids");

    private TenantCheck() {}

    /** Why the caller may not send the request, or empty when it may. */
    public static Optional<String> refusal(CallerIdentity caller, MessageOrBuilder request) {
        if (caller.kind() == CallerIdentity.Kind.CREATOR) {
            if (!namesCreator(request)) {
                return Optional.of(
                        "caller "
                                + caller
                                + " may not send "
                                + request.getDescriptorForType().getName()
                                + ": it names no creator_id");
            }
            return new Rule(caller, CREATOR_FIELDS, Set.copyOf(caller.creators()), "creator", true)
                    .refusal(request, "");
        }
        return caller.brandScope()
                .flatMap(
                        brand ->
                                new Rule(caller, BRAND_FIELDS, Set.of(brand), "brand", false)
                                        .refusal(request, ""));
    }

    /** The messages a message field holds: every element of a list, a single one only when set. */
    private static List<?> setMessages(MessageOrBuilder message, FieldDescriptor field) {
        if (field.isRepeated()) {
            return (List<?>) message.getField(field);
        }
        return message.hasField(field) ? List.of(message.getField(field)) : List.of();
    }

    /** Whether the request, or a message set in it, has a creator field (set or not). */
    private static boolean namesCreator(MessageOrBuilder message) {
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (field.getJavaType() == FieldDescriptor.JavaType.STRING
                    && CREATOR_FIELDS.contains(field.getName())) {
                return true;
            }
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()) {
                for (Object each : setMessages(message, field)) {
                    if (namesCreator((MessageOrBuilder) each)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The fields one caller is held to, and the values they may hold (a brand's one id, a creator's
     * own ids). A field's path is spelt out only in a refusal: the walk itself runs on every call.
     *
     * @param emptyListRefused a creator's empty list would mean "all creators"; a brand's empty
     *     list is held to its brand by the service
     */
    private record Rule(
            CallerIdentity caller,
            Set<String> names,
            Set<String> allowed,
            String whose,
            boolean emptyListRefused) {

        Optional<String> refusal(MessageOrBuilder message, String path) {
            for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
                Optional<String> refused = Optional.empty();
                if (field.getJavaType() == FieldDescriptor.JavaType.STRING
                        && names.contains(field.getName())) {
                    refused =
                            field.isRepeated()
                                    ? refusal((List<?>) message.getField(field), path, field)
                                    : refusal((String) message.getField(field), path, field);
                } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                        && !field.isMapField()) {
                    List<?> nested = setMessages(message, field);
                    for (int i = 0; i < nested.size() && refused.isEmpty(); i++) {
                        refused =
                                refusal(
                                        (MessageOrBuilder) nested.get(i),
                                        path + field.getName() + ".");
                    }
                }
                if (refused.isPresent()) {
                    return refused;
                }
            }
            return Optional.empty();
        }

        private Optional<String> refusal(List<?> named, String path, FieldDescriptor field) {
            if (named.isEmpty() && emptyListRefused) {
                return Optional.of("caller " + caller + " sent an empty " + path + field.getName());
            }
            for (Object each : named) {
                Optional<String> refused = refusal((String) each, path, field);
                if (refused.isPresent()) {
                    return refused;
                }
            }
            return Optional.empty();
        }

        private Optional<String> refusal(String named, String path, FieldDescriptor field) {
            if (allowed.contains(named)) {
                return Optional.empty();
            }
            return Optional.of(
                    named.isEmpty()
                            ? "caller " + caller + " sent an empty " + path + field.getName()
                            : "caller "
                                    + caller
                                    + " may not act for "
                                    + whose
                                    + " "
                                    + Echo.of(named));
        }
    }
}
