package com.creatorplatform.gateway.graphql;

import com.creatorplatform.proto.common.v1.PageRequest;

/**
 * `first`/`after` of a connection as the services' page request; the services cap the size and
 * check the cursor.
 */
final class Pages {

    private Pages() {}

    static PageRequest of(int first, String after) {
        return PageRequest.newBuilder()
                .setPageSize(first)
                .setCursor(after == null ? "" : after)
                .build();
    }
}
