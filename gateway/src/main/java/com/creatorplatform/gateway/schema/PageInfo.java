package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.NonNull;

public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {

    public static PageInfo of(com.creatorplatform.proto.common.v1.PageInfo page) {
        boolean more = !page.getNextCursor().isEmpty();
        return new PageInfo(more, more ? page.getNextCursor() : null);
    }
}
