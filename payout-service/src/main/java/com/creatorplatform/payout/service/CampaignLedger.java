package com.creatorplatform.payout.service;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.payout.domain.CreditTerms;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.PayoutEvents;
import com.creatorplatform.payout.repository.LedgerRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * How entries that spend a campaign's budget are written, whatever caused them (order events, post
 * fees): writers of one campaign are serialised, and credits are cut to what remains of its cap,
 * each cut recorded as a visible budget stop. Each credit is a {@code commission.credited} webhook
 * event.
 */
@ApplicationScoped
public class CampaignLedger {

    /** A campaign whose entries are about to be written. */
    public record Campaign(UUID brandId, UUID campaignId) {

        String lockKey() {
            return "campaign:" + brandId + ":" + campaignId;
        }
    }

    private final LedgerRepository ledger;

    CampaignLedger(LedgerRepository ledger) {
        this.ledger = ledger;
    }

    /**
     * Takes the campaigns' locks in a fixed order, so that two writers over the same campaigns
     * cannot deadlock.
     */
    public Uni<Void> lock(Collection<Campaign> campaigns) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String key : lockOrder(campaigns)) {
            chain = chain.chain(() -> ledger.lock(key));
        }
        return chain;
    }

    /**
     * The campaigns' locks in the one order every writer takes them in (a writer in a transaction
     * of its own takes them in one statement).
     */
    static List<String> lockOrder(Collection<Campaign> campaigns) {
        return campaigns.stream().map(Campaign::lockKey).distinct().sorted().toList();
    }

    /**
     * Appends a credit cut to what the campaign's budget still allows, recording the stop when it
     * is cut.
     */
    public Uni<Void> credit(LedgerEntry wanted, CreditTerms terms) {
        if (wanted.amountMinor <= 0 || terms.budgetCapMinor().isEmpty()) {
            return append(wanted);
        }
        return ledger.committed(wanted.brandId, wanted.campaignId, wanted.currency)
                .chain(
                        committed -> {
                            long granted = terms.grant(wanted.amountMinor, committed);
                            if (granted == wanted.amountMinor) {
                                return append(wanted);
                            }
                            return ledger.recordBudgetStop(wanted, granted)
                                    .chain(
                                            () -> {
                                                wanted.amountMinor = granted;
                                                return append(wanted);
                                            });
                        });
    }

    /**
     * Appends the entry once per cause; a zero entry is not written. A credit appended now (not
     * before, under the same cause) is told to the brand's webhooks in the same transaction.
     */
    public Uni<Void> append(LedgerEntry entry) {
        if (entry.amountMinor == 0) {
            return Uni.createFrom().voidItem();
        }
        return ledger.appendOnce(entry)
                .chain(
                        stored ->
                                stored.id.equals(entry.id) && stored.amountMinor > 0
                                        ? WebhookOutbox.write(
                                                PayoutEvents.credited(stored), stored.createdAt)
                                        : Uni.createFrom().voidItem());
    }
}
