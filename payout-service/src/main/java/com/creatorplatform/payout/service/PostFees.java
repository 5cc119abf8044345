package com.creatorplatform.payout.service;

import com.creatorplatform.contract.FeedCursors;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.PostFee;
import com.creatorplatform.payout.repository.LedgerRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Use case: crediting the fees of published posts, as campaign-service's feed of publications
 * reports them. Each fee is one POST_FEE entry caused by its post, so a post delivered again is
 * credited once; fees spend the campaign's budget like order commission and stop at its cap.
 */
@ApplicationScoped
public class PostFees {

    /** The feed's row in feed_cursor. */
    static final String FEED = "campaign.published-posts";

    private final LedgerRepository ledger;
    private final CampaignLedger campaigns;
    private final Clock clock;

    PostFees(LedgerRepository ledger, CampaignLedger campaigns, Clock clock) {
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @WithSession
    public Uni<String> cursor() {
        return FeedCursors.position(FEED);
    }

    /**
     * Moves the feed's cursor from {@code after} to {@code next} and credits the fees of the posts
     * in between, in one transaction. Answers false, crediting nothing, when the cursor was no
     * longer at {@code after} (another replica credited them).
     */
    @WithTransaction
    public Uni<Boolean> credit(String after, String next, List<PostFee> fees) {
        return FeedCursors.move(FEED, after, next, clock.instant())
                .chain(
                        moved -> {
                            if (!moved) {
                                return Uni.createFrom().item(false);
                            }
                            Uni<Void> chain =
                                    campaigns.lock(
                                            fees.stream()
                                                    .map(
                                                            fee ->
                                                                    new CampaignLedger.Campaign(
                                                                            fee.brandId(),
                                                                            fee.campaignId()))
                                                    .toList());
                            for (PostFee fee : fees) {
                                var entry = LedgerEntry.postFee(fee, clock.instant());
                                // A post delivered again (the cursor was reset) must not meet the
                                // cap a second time.
                                chain =
                                        chain.chain(
                                                        () ->
                                                                ledger.settled(
                                                                        entry.brandId, entry.cause))
                                                .chain(
                                                        settled ->
                                                                settled
                                                                        ? Uni.createFrom()
                                                                                .voidItem()
                                                                        : campaigns.credit(
                                                                                entry,
                                                                                fee.terms()));
                            }
                            return chain.replaceWith(true);
                        });
    }
}
