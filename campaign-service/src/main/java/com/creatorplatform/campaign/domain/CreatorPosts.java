package com.creatorplatform.campaign.domain;

import java.util.List;
import java.util.UUID;

/**
 * A creator's first posts in a campaign (in scheduled order) and how many they have there in all.
 */
public record CreatorPosts(UUID creatorId, List<Post> first, int total) {}
