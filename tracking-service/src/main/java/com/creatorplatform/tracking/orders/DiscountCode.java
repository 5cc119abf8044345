package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/** A creator's discount code for a campaign; unique per brand regardless of case. */
@Entity
@Table(name = "discount_code")
public class DiscountCode extends PanacheEntityBase {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{3,40}");

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    public String code;

    @Column(name = "creator_id")
    public UUID creatorId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static DiscountCode create(
            UUID brandId, String code, UUID creatorId, UUID campaignId, Instant now) {
        String trimmed = code == null ? "" : code.trim();
        if (!CODE.matcher(trimmed).matches()) {
            throw ApiError.invalidArgument(
                    "code must be 3 to 40 letters, digits, '-' or '_', got '" + code + "'");
        }
        var discount = new DiscountCode();
        discount.id = UUID.randomUUID();
        discount.brandId = brandId;
        discount.code = trimmed;
        discount.creatorId = creatorId;
        discount.campaignId = campaignId;
        discount.createdAt = now;
        return discount;
    }
}
