package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.AllowedDomains;
import com.creatorplatform.proto.campaign.v1.Brand;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The brand settings tracking-service works with (currency, time zone, allowed domains), from
 * campaign-service, kept for a minute: a brand's currency may change only until its first campaign
 * (ADR 0053), and an order read before then must not hold the old one for long; a new time zone
 * counts reports' days (ADR 0066) within a minute; links follow new allowed domains within one.
 */
@ApplicationScoped
public class BrandSettings {

    /** What tracking-service needs of a brand. */
    public record Settings(String currency, ZoneId zone, AllowedDomains allowedDomains) {

        static Settings of(Brand brand) {
            // campaign-service stores only valid IANA ids; one before time zones existed is UTC.
            String zone = brand.getTimeZone();
            return new Settings(
                    brand.getCurrency(),
                    ZoneId.of(zone.isBlank() ? "UTC" : zone),
                    new AllowedDomains(brand.getAllowedDomainsList()));
        }
    }

    private static final Logger LOG = Logger.getLogger(BrandSettings.class);
    private static final Duration KEPT_FOR = Duration.ofMinutes(1);
    private static final String SETTINGS = "give the brand's settings";

    private final CampaignCalls campaigns;
    private final Cache<UUID, Settings> settings =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT_FOR).build();

    // The zone each brand had when last read, and zones stood in while campaign-service could not
    // tell them (see zonesNow).
    private final Cache<UUID, ZoneId> lastKnown =
            Caffeine.newBuilder().maximumSize(100_000).build();
    private final Cache<UUID, ZoneId> standIns =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT_FOR).build();

    BrandSettings(CampaignCalls campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * The brand's settings; NOT_FOUND when there is no such brand, UNAVAILABLE (saying that
     * campaign-service could not {@code what}) when it cannot answer.
     */
    private Uni<Settings> of(UUID brandId, String what) {
        Settings cached = settings.getIfPresent(brandId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return campaigns
                .brand(brandId, what)
                .map(Settings::of)
                .invoke(
                        found -> {
                            settings.put(brandId, found);
                            lastKnown.put(brandId, found.zone());
                        });
    }

    /** The brand's currency; NOT_FOUND when there is no such brand. */
    public Uni<String> currency(UUID brandId) {
        return of(brandId, SETTINGS).map(Settings::currency);
    }

    /** The brand's time zone, which reports' days follow; NOT_FOUND when there is no such brand. */
    public Uni<ZoneId> zone(UUID brandId) {
        return of(brandId, SETTINGS).map(Settings::zone);
    }

    /** Where the brand's links may send visitors; NOT_FOUND when there is no such brand. */
    public Uni<AllowedDomains> allowedDomains(UUID brandId) {
        return of(brandId, "tell the brand's allowed domains").map(Settings::allowedDomains);
    }

    /**
     * The time zones of the brands, waiting for campaign-service where one is not kept: for the
     * click writer's own threads, never for an event loop. Clicks are stored and counted whatever
     * campaign-service does (the redirect must not depend on it): a zone it cannot tell now is the
     * last one known, or UTC for a brand never seen, used for a minute before asking again.
     */
    public Map<UUID, ZoneId> zonesNow(Collection<UUID> brandIds) {
        var zones = new HashMap<UUID, ZoneId>();
        for (UUID brandId : brandIds) {
            zones.computeIfAbsent(brandId, this::zoneNow);
        }
        return zones;
    }

    private ZoneId zoneNow(UUID brandId) {
        ZoneId standIn = standIns.getIfPresent(brandId);
        if (standIn != null) {
            return standIn;
        }
        try {
            return zone(brandId).await().indefinitely();
        } catch (RuntimeException unknown) {
            ZoneId zone = lastKnown.asMap().getOrDefault(brandId, ZoneOffset.UTC);
            LOG.warnf(
                    "counting brand %s's clicks in %s for a minute: %s",
                    brandId, zone, unknown.getMessage());
            standIns.put(brandId, zone);
            return zone;
        }
    }
}
