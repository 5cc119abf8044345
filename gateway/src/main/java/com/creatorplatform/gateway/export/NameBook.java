package com.creatorplatform.gateway.export;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.security.ReadScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names of the campaigns and creators an export mentions, read as the pages come (one batch read
 * per page for the ids not seen yet) and kept for the rest of the export.
 */
final class NameBook {

    private final CampaignClient campaigns;
    private final String brandId;
    private final Map<String, String> campaignNames = new HashMap<>();
    private final Map<String, String> creatorNames = new HashMap<>();

    NameBook(CampaignClient campaigns, String brandId) {
        this.campaigns = campaigns;
        this.brandId = brandId;
    }

    /** Reads the names of the ids not known yet (blank and null ids are none). */
    void learn(Collection<String> campaignIds, Collection<String> creatorIds) {
        for (List<String> batch : unknown(campaignIds, campaignNames)) {
            campaigns.campaigns(ReadScope.brand(brandId), batch).await().indefinitely().stream()
                    .forEach(c -> campaignNames.put(c.getId(), c.getName()));
            batch.forEach(id -> campaignNames.putIfAbsent(id, ""));
        }
        for (List<String> batch : unknown(creatorIds, creatorNames)) {
            campaigns.creators(ReadScope.brand(brandId), batch).await().indefinitely().stream()
                    .forEach(c -> creatorNames.put(c.getId(), c.getName()));
            batch.forEach(id -> creatorNames.putIfAbsent(id, ""));
        }
    }

    String campaign(String id) {
        return id == null ? "" : campaignNames.getOrDefault(id, "");
    }

    String creator(String id) {
        return id == null ? "" : creatorNames.getOrDefault(id, "");
    }

    private static List<List<String>> unknown(Collection<String> ids, Map<String, String> known) {
        List<String> missing =
                ids.stream()
                        .filter(Objects::nonNull)
                        .filter(id -> !id.isBlank() && !known.containsKey(id))
                        .distinct()
                        .toList();
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < missing.size(); i += Ids.MAX_BATCH) {
            batches.add(missing.subList(i, Math.min(missing.size(), i + Ids.MAX_BATCH)));
        }
        return batches;
    }
}
