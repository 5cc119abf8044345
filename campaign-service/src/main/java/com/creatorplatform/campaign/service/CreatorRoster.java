package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Creator;
import com.creatorplatform.campaign.domain.CreatorSearch;
import com.creatorplatform.campaign.domain.PlatformAccount;
import com.creatorplatform.campaign.repository.CreatorRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Use cases of a brand's creators. */
@ApplicationScoped
public class CreatorRoster {

    private static final Logger LOG = Logger.getLogger(CreatorRoster.class);

    /** A creator as the brand describes them. */
    public record Profile(
            String name,
            String email,
            String country,
            List<String> niches,
            List<PlatformAccount> accounts) {}

    private final BrandDirectory brands;
    private final CreatorRepository creators;
    private final Clock clock;

    CreatorRoster(BrandDirectory brands, CreatorRepository creators, Clock clock) {
        this.brands = brands;
        this.creators = creators;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Creator> create(UUID brandId, Profile profile) {
        return brands.require(brandId)
                .map(
                        brand ->
                                Creator.create(
                                        brand.id,
                                        profile.name(),
                                        profile.email(),
                                        profile.country(),
                                        profile.niches(),
                                        profile.accounts(),
                                        clock.instant()))
                .call(
                        creator ->
                                creators.emailTaken(brandId, creator.email)
                                        .invoke(
                                                taken -> {
                                                    if (taken) {
                                                        throw ApiError.alreadyExists(
                                                                "the brand already has a creator with email "
                                                                        + creator.email);
                                                    }
                                                }))
                .call(creators::persist)
                .invoke(c -> LOG.infof("added creator %s to brand %s", c.id, c.brandId));
    }

    /** The brand's creators among the ids; with a creator (null: none), only that one. */
    @WithSession
    public Uni<List<Creator>> byIds(UUID brandId, UUID creatorId, List<UUID> ids) {
        List<UUID> visible =
                creatorId == null ? ids : ids.stream().filter(creatorId::equals).toList();
        return creators.findByIds(brandId, visible)
                .map(found -> Ids.inAskedOrder(ids, found, c -> c.id));
    }

    /** The brand's creator, or NOT_FOUND (also for another brand's). */
    public Uni<Creator> require(UUID brandId, UUID creatorId) {
        return creators.find("id = ?1 and brandId = ?2", creatorId, brandId)
                .firstResult()
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("creator " + creatorId + " does not exist"));
    }

    @WithSession
    public Uni<Page<Creator>> search(
            UUID brandId, CreatorSearch search, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        return creators.search(brandId, search, PageCursor.decode(cursor), size + 1)
                .map(rows -> Page.of(rows, size, c -> c.createdAt, c -> c.id));
    }
}
