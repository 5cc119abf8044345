package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.EnumNames;

/**
 * Between protobuf enums ({@code PREFIX_NAME}, with an UNSPECIFIED zero) and the schema's enums
 * (NAME).
 */
final class ProtoEnums {

    private ProtoEnums() {}

    /**
     * The schema's constant for a protobuf one; null for UNSPECIFIED or a value this gateway does
     * not know.
     */
    static <E extends Enum<E>> E fromProto(Enum<?> value, String prefix, Class<E> type) {
        return EnumNames.fromWire(type, prefix, value);
    }

    /**
     * The protobuf constant for a schema one; null (not given) is UNSPECIFIED, which the services
     * refuse with a message.
     */
    static <P extends Enum<P>> P toProto(Enum<?> value, String prefix, Class<P> type) {
        return value == null
                ? Enum.valueOf(type, prefix + "UNSPECIFIED")
                : EnumNames.toWire(type, prefix, value);
    }
}
