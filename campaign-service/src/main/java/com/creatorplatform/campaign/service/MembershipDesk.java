package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Membership;
import com.creatorplatform.campaign.identity.CreatorLogins;
import com.creatorplatform.campaign.repository.MembershipRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use cases of memberships: the brand shortlists, invites and retires; the creator accepts or
 * declines.
 */
@ApplicationScoped
public class MembershipDesk {

    private static final Logger LOG = Logger.getLogger(MembershipDesk.class);

    private final CampaignPlanner campaigns;
    private final CreatorRoster creators;
    private final MembershipRepository memberships;
    private final CreatorLogins logins;
    private final Clock clock;

    MembershipDesk(
            CampaignPlanner campaigns,
            CreatorRoster creators,
            MembershipRepository memberships,
            CreatorLogins logins,
            Clock clock) {
        this.campaigns = campaigns;
        this.creators = creators;
        this.memberships = memberships;
        this.logins = logins;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Membership> shortlist(UUID brandId, UUID campaignId, UUID creatorId) {
        return campaigns
                .require(brandId, campaignId)
                .flatMap(
                        campaign ->
                                creators.require(brandId, creatorId)
                                        .map(
                                                creator ->
                                                        Membership.shortlist(
                                                                campaign,
                                                                creator,
                                                                clock.instant())))
                .call(
                        membership ->
                                memberships
                                        .exists(campaignId, creatorId)
                                        .invoke(
                                                exists -> {
                                                    if (exists) {
                                                        throw ApiError.alreadyExists(
                                                                "creator "
                                                                        + creatorId
                                                                        + " already has a membership in campaign "
                                                                        + campaignId);
                                                    }
                                                }))
                .call(memberships::persist)
                .invoke(
                        m ->
                                LOG.infof(
                                        "shortlisted creator %s for campaign %s",
                                        m.creatorId, m.campaignId));
    }

    @WithTransaction
    public Uni<Membership> invite(UUID brandId, UUID membershipId, String message) {
        return requireOfBrand(brandId, membershipId)
                .call(
                        membership ->
                                campaigns
                                        .require(brandId, membership.campaignId)
                                        .invoke(
                                                campaign ->
                                                        membership.invite(
                                                                campaign,
                                                                message,
                                                                clock.instant())));
    }

    /**
     * The creator accepts. Their login is provisioned first, outside any transaction (Keycloak
     * takes no part in ours), then the membership turns ACTIVE and the creator keeps the login's
     * id. A crash in between leaves the invitation open and a user that the retry finds and reuses;
     * once the id is kept, Keycloak is not asked again.
     */
    public Uni<Membership> accept(UUID creatorId, UUID membershipId) {
        return Panache.withTransaction(
                        () ->
                                requireOfCreator(creatorId, membershipId)
                                        .invoke(Membership::requireAcceptable)
                                        .flatMap(
                                                membership ->
                                                        creators.require(
                                                                membership.brandId, creatorId)))
                .flatMap(
                        creator ->
                                creator.keycloakUserId != null
                                        ? Uni.createFrom().item(creator.keycloakUserId)
                                        : VertxContextSupport.executeBlocking(
                                                () ->
                                                        logins.ensure(
                                                                creator.id,
                                                                creator.email,
                                                                creator.name)))
                .flatMap(
                        userId ->
                                Panache.withTransaction(
                                        () ->
                                                requireOfCreator(creatorId, membershipId)
                                                        .invoke(
                                                                membership ->
                                                                        membership.accept(
                                                                                clock.instant()))
                                                        .call(
                                                                membership ->
                                                                        creators.require(
                                                                                        membership
                                                                                                .brandId,
                                                                                        creatorId)
                                                                                .invoke(
                                                                                        c ->
                                                                                                c
                                                                                                        .linkLogin(
                                                                                                                userId)))))
                .invoke(m -> LOG.infof("creator %s accepted membership %s", m.creatorId, m.id));
    }

    @WithTransaction
    public Uni<Membership> decline(UUID creatorId, UUID membershipId) {
        return requireOfCreator(creatorId, membershipId)
                .invoke(membership -> membership.decline(clock.instant()));
    }

    @WithTransaction
    public Uni<Membership> retire(UUID brandId, UUID membershipId, String reason) {
        return requireOfBrand(brandId, membershipId)
                .invoke(membership -> membership.retire(reason, clock.instant()));
    }

    @WithSession
    public Uni<List<Membership>> byIds(UUID brandId, List<UUID> ids) {
        return memberships
                .findByIds(brandId, ids)
                .map(found -> Ids.inAskedOrder(ids, found, m -> m.id));
    }

    @WithSession
    public Uni<Page<Membership>> ofCampaign(
            UUID brandId, UUID campaignId, String cursor, int requestedSize) {
        return page("campaignId", campaignId, brandId, cursor, requestedSize);
    }

    @WithSession
    public Uni<Page<Membership>> ofCreator(UUID creatorId, String cursor, int requestedSize) {
        return page("creatorId", creatorId, null, cursor, requestedSize);
    }

    private Uni<Page<Membership>> page(
            String owner, UUID ownerId, UUID brandId, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        return memberships
                .pageAfter(owner, ownerId, brandId, PageCursor.decode(cursor), size + 1)
                .map(rows -> Page.of(rows, size, m -> m.shortlistedAt, m -> m.id));
    }

    private Uni<Membership> requireOfBrand(UUID brandId, UUID membershipId) {
        return require("brandId", brandId, membershipId);
    }

    /** A creator answers only their own invitations; anyone else's is unknown to them. */
    private Uni<Membership> requireOfCreator(UUID creatorId, UUID membershipId) {
        return require("creatorId", creatorId, membershipId);
    }

    private Uni<Membership> require(String owner, UUID ownerId, UUID membershipId) {
        return memberships
                .findForUpdate(owner, ownerId, membershipId)
                .onItem()
                .ifNull()
                .failWith(
                        () -> ApiError.notFound("membership " + membershipId + " does not exist"));
    }
}
