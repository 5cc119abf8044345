package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.schema.PayoutTypes.Earnings;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The brand's view of its ledger: pages of entries with their totals, and campaign budgets. */
public final class LedgerTypes {

    private LedgerTypes() {}

    @Description(
            "A page of the brand's ledger entries, newest first, with the totals of every entry the filter "
                    + "matches (not only the page's): pending, payable, paid and all, one per currency.")
    public record LedgerPage(
            @NonNull List<@NonNull Earnings> totals,
            @NonNull List<@NonNull LedgerEntry> nodes,
            @NonNull PageInfo pageInfo) {

        public static LedgerPage from(
                com.creatorplatform.proto.payout.v1.ListLedgerEntriesResponse page) {
            return new LedgerPage(
                    page.getTotalsList().stream().map(Earnings::from).toList(),
                    page.getEntriesList().stream().map(LedgerEntry::from).toList(),
                    PageInfo.of(page.getPageInfo()));
        }
    }

    @Description(
            "What a campaign's orders and posts have committed of its budget, and where the budget cap stopped "
                    + "credits: how many it cut short or stopped, what they would have added, and when it first "
                    + "did (null while it never has). Money per currency: the campaign's one.")
    public record CampaignBudget(
            @NonNull List<@NonNull Money> committed,
            @NonNull int stoppedCredits,
            @NonNull List<@NonNull Money> withheld,
            Instant firstStoppedAt) {

        public static CampaignBudget from(com.creatorplatform.proto.payout.v1.CampaignBudget b) {
            return new CampaignBudget(
                    b.getCommittedList().stream().map(Money::of).toList(),
                    b.getStoppedCredits(),
                    b.getWithheldList().stream().map(Money::of).toList(),
                    b.hasFirstStoppedAt() ? WireTypes.instant(b.getFirstStoppedAt()) : null);
        }
    }
}
