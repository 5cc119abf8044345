package com.creatorplatform.gateway.schema;

/** Between protobuf enums ({@code PREFIX_NAME}, with an UNSPECIFIED zero) and the schema's enums (NAME). */
final class ProtoEnums {

    private ProtoEnums() {
    }

    /** The schema's constant for a protobuf one; null for UNSPECIFIED or a value this gateway does not know. */
    static <E extends Enum<E>> E fromProto(Enum<?> value, String prefix, Class<E> type) {
        String name = value.name();
        if (!name.startsWith(prefix) || name.endsWith("UNSPECIFIED")) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.substring(prefix.length()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The protobuf constant for a schema one; null (not given) is UNSPECIFIED, which the services refuse with a message. */
    static <P extends Enum<P>> P toProto(Enum<?> value, String prefix, Class<P> type) {
        return Enum.valueOf(type, prefix + (value == null ? "UNSPECIFIED" : value.name()));
    }
}
