package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;

/**
 * A creator on one brand's roster. Creators belong to a brand like every other record, so tenancy
 * needs no sharing rules; a person who works with two brands is on both rosters.
 */
@Entity
public class Creator extends PanacheEntityBase {

    public static final int MAX_NICHES = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    public String name;
    public String email;
    public String country;

    @Column(columnDefinition = "text[]")
    public String[] niches;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "creator_account", joinColumns = @JoinColumn(name = "creator_id"))
    @BatchSize(size = 100)
    public List<PlatformAccount> accounts = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt;

    /** Set when the creator first accepts an invitation and their login is provisioned. */
    @Column(name = "keycloak_user_id")
    public String keycloakUserId;

    public static Creator create(
            UUID brandId,
            String name,
            String email,
            String country,
            List<String> niches,
            List<PlatformAccount> accounts,
            Instant now) {
        var creator = new Creator();
        creator.id = UUID.randomUUID();
        creator.brandId = brandId;
        creator.name = Brand.requireName(name);
        creator.email = normalisedEmail(email);
        creator.country = country(country);
        creator.niches = niches.stream().map(Creator::niche).distinct().toArray(String[]::new);
        if (creator.niches.length > MAX_NICHES) {
            throw ApiError.invalidArgument(
                    "niches takes at most " + MAX_NICHES + ", got " + creator.niches.length);
        }
        var platforms = new HashSet<Platform>();
        for (PlatformAccount account : accounts) {
            if (!platforms.add(account.platform)) {
                throw ApiError.invalidArgument(
                        "accounts: more than one account on " + account.platform);
            }
        }
        creator.accounts.addAll(accounts);
        creator.createdAt = now;
        return creator;
    }

    /** Keeps the id of the creator's login; the first one provisioned stays. */
    public void linkLogin(String userId) {
        if (keycloakUserId == null) {
            keycloakUserId = userId;
        }
    }

    public static String normalisedEmail(String email) {
        String trimmed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            throw ApiError.invalidArgument("email '" + email + "' is not an email address");
        }
        return trimmed;
    }

    /** An ISO 3166-1 alpha-2 code, upper case. */
    public static String country(String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            throw ApiError.invalidArgument(
                    "country must be an ISO 3166-1 alpha-2 code, got '" + code + "'");
        }
        return upper;
    }

    /** Niches compare in lower case, so "Running" and "running" are one niche. */
    public static String niche(String niche) {
        String normalised = niche == null ? "" : niche.trim().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty() || normalised.length() > 50) {
            throw ApiError.invalidArgument("niche '" + niche + "' must be 1 to 50 characters");
        }
        return normalised;
    }
}
