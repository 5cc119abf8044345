package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One request made with a brand's API key, as the gateway saw it: the brand's audit log. */
@Entity
@Table(name = "api_key_use")
public class ApiKeyUse extends PanacheEntityBase {

    static final int MAX_TEXT = 200;
    static final int MAX_ROOT_FIELDS = 50;

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    @Column(name = "key_id")
    public UUID keyId;

    public String operation;

    @Column(name = "root_fields", columnDefinition = "text[]")
    public String[] rootFields;

    public String outcome;

    @Column(name = "used_at")
    public Instant usedAt;

    public static ApiKeyUse of(
            ApiKey key, String operation, List<String> rootFields, String outcome, Instant at) {
        if (outcome.isBlank()) {
            throw ApiError.invalidArgument("outcome must not be blank");
        }
        if (rootFields.size() > MAX_ROOT_FIELDS) {
            throw ApiError.invalidArgument("at most " + MAX_ROOT_FIELDS + " root fields");
        }
        var use = new ApiKeyUse();
        use.id = UUID.randomUUID();
        use.brandId = key.brandId;
        use.keyId = key.id;
        use.operation = bounded("operation", operation);
        use.rootFields =
                rootFields.stream()
                        .map(field -> bounded("root_fields", field))
                        .toArray(String[]::new);
        use.outcome = bounded("outcome", outcome);
        use.usedAt = at;
        return use;
    }

    private static String bounded(String what, String value) {
        if (value.length() > MAX_TEXT) {
            throw ApiError.invalidArgument(what + " is over " + MAX_TEXT + " characters");
        }
        return value;
    }
}
