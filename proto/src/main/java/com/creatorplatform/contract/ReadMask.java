package com.creatorplatform.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.FieldMask;
import java.util.BitSet;

/**
 * Which fields of a message a reader asked for (a request's {@code read_mask}): the fields it names
 * by their protobuf names, or all of them when it names none. Only top-level fields; a path the
 * message does not have is the caller's mistake (INVALID_ARGUMENT). A service fills what is asked
 * and leaves the rest at their defaults, so a page of thousands of messages is not built, sent and
 * parsed for fields nobody reads.
 */
public final class ReadMask {

    private final BitSet fields;

    private ReadMask(BitSet fields) {
        this.fields = fields;
    }

    /**
     * The mask in {@code field} (a request field's name, for the error) over the fields of {@code
     * message}.
     */
    public static ReadMask of(String field, FieldMask mask, Descriptor message) {
        var fields = new BitSet();
        if (mask.getPathsCount() == 0) {
            message.getFields().forEach(f -> fields.set(f.getNumber()));
            return new ReadMask(fields);
        }
        for (String path : mask.getPathsList()) {
            FieldDescriptor named = message.findFieldByName(path);
            if (named == null) {
                throw ApiError.invalidArgument(
                        field + ": " + message.getName() + " has no field '" + path + "'");
            }
            fields.set(named.getNumber());
        }
        return new ReadMask(fields);
    }

    /** Whether the field with this number (the generated {@code *_FIELD_NUMBER}) is asked for. */
    public boolean has(int fieldNumber) {
        return fields.get(fieldNumber);
    }
}
