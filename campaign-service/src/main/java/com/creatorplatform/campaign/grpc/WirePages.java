package com.creatorplatform.campaign.grpc;

import com.creatorplatform.contract.Page;
import com.creatorplatform.proto.common.v1.PageInfo;

/**
 * What the gRPC adapters share beyond {@link com.creatorplatform.contract.GrpcCalls} (which turns
 * every failure into a gRPC status) and the contracts' caller interceptor (which checks every call
 * of every service before an adapter sees it): a page's position on the wire.
 */
final class WirePages {

    private WirePages() {}

    /** The page's next cursor, empty on the last page. */
    static PageInfo info(Page<?> page) {
        return PageInfo.newBuilder()
                .setNextCursor(page.nextCursor() == null ? "" : page.nextCursor())
                .build();
    }
}
