package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The outbox events payout-service refused, which {@link OutboxRelay} set aside: what an operator
 * lists to see why, and replays once the cause is fixed (the relay then sends them like any
 * undelivered event, so a replay is as safe as a redelivery: payout applies each event id once).
 */
@ApplicationScoped
public class SetAsideEvents {

    /** One event set aside, with payout-service's refusal. */
    public record SetAside(OrderEvent event, String refusal, Instant refusedAt) {}

    /** A page of them and the cursor of the next page (empty when none). */
    public record Listing(List<SetAside> events, String nextCursor) {}

    private final Pool db;

    SetAsideEvents(Pool db) {
        this.db = db;
    }

    /** Set-aside events of one brand (null: every brand) after the cursor, in event id order. */
    public Uni<Listing> list(UUID brandId, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        String after = decode(cursor);
        return db.preparedQuery(
                        """
                        select event_id, payload, refusal, refused_at from outbox_event
                        where refused_at is not null and delivered_at is null
                          and ($1::uuid is null or brand_id = $1) and event_id > $2
                        order by event_id limit $3""")
                .execute(Tuple.of(brandId, after, size + 1))
                .map(
                        rows -> {
                            List<SetAside> found = new ArrayList<>();
                            for (Row row : rows) {
                                found.add(
                                        new SetAside(
                                                OutboxEvent.payloadOf(row),
                                                row.getString("refusal"),
                                                row.getOffsetDateTime("refused_at").toInstant()));
                            }
                            if (found.size() <= size) {
                                return new Listing(found, "");
                            }
                            List<SetAside> page = found.subList(0, size);
                            return new Listing(
                                    List.copyOf(page),
                                    encode(page.get(size - 1).event().getEventId()));
                        });
    }

    /**
     * Puts the named events that are set aside (of the brand, when given) back in the outbox;
     * answers their ids.
     */
    public Uni<List<String>> replay(UUID brandId, List<String> eventIds) {
        if (eventIds.isEmpty() || eventIds.size() > Ids.MAX_BATCH) {
            throw ApiError.invalidArgument(
                    "event_ids must name 1 to "
                            + Ids.MAX_BATCH
                            + " events, got "
                            + eventIds.size());
        }
        return db.preparedQuery(
                        """
                        update outbox_event set refused_at = null, refusal = null
                        where event_id = any($1) and refused_at is not null and delivered_at is null
                          and ($2::uuid is null or brand_id = $2)
                        returning event_id""")
                .execute(Tuple.of(eventIds.toArray(String[]::new), brandId))
                .map(
                        rows -> {
                            List<String> replayed = new ArrayList<>();
                            rows.forEach(row -> replayed.add(row.getString(0)));
                            return replayed;
                        });
    }

    private static String encode(String eventId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(eventId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidArgument("page.cursor was not issued by this service");
        }
    }
}
