package com.creatorplatform.tracking.links;

import java.util.Comparator;
import java.util.List;

/**
 * What the brand's records (campaign-service) call a new link's campaign and creator, for the UTM
 * values its caller leaves out: SPEC's utm_source is the creator's handle, utm_campaign the
 * campaign's name. A creator has a handle per platform: a link carries the one on its own platform;
 * a link of no known platform, or on one where the creator has no account, the handle of their
 * largest account (the name most of their audience knows them by). A creator without accounts has
 * no handle, and the link names them by id.
 *
 * @param accounts the creator's accounts, in campaign-service's order (the first wins a tie)
 */
public record LinkNames(String campaignName, List<Account> accounts) {

    /**
     * One of the creator's accounts: a platform name as links store it (INSTAGRAM, ...), the
     * handle, its followers.
     */
    public record Account(String platform, String handle, long followers) {}

    /** The UTM values of a link on the platform (null: not known). */
    public TrackingLink.Utm utmOn(String platform) {
        return new TrackingLink.Utm(handleOn(platform), campaignName);
    }

    private String handleOn(String platform) {
        return accounts.stream()
                .filter(account -> platform != null && platform.equals(account.platform()))
                .findFirst()
                .or(() -> accounts.stream().max(Comparator.comparingLong(Account::followers)))
                .map(Account::handle)
                .orElse(null);
    }
}
