package com.creatorplatform.tracking.wire;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.proto.campaign.v1.Platform;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The platform names tracking stores and reports: campaign-service's {@link Platform} values
 * without their prefix (INSTAGRAM, TIKTOK, ...). They are read from that contract rather than
 * listed here, so a platform campaign-service adds is known to tracking as soon as it is built
 * against it. An unknown platform is null.
 */
public final class PlatformNames {

    private static final String PREFIX = "PLATFORM_";
    private static final Set<String> KNOWN =
            Arrays.stream(Platform.values())
                    .map(PlatformNames::of)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));

    private PlatformNames() {}

    /**
     * A platform a caller named, in any case; blank is the unknown platform (null).
     * INVALID_ARGUMENT for any other name.
     */
    public static String parseOptional(String field, String name) {
        return name == null || name.isBlank() ? null : parse(field, name);
    }

    /** Platforms a caller filters by, each required, without repeats. */
    public static List<String> parseAll(String field, List<String> names) {
        return names.stream().map(name -> parse(field, name)).distinct().toList();
    }

    /**
     * The platform of a published post, as campaign-service sends it; unspecified is unknown
     * (null).
     */
    public static String of(Platform platform) {
        return platform == Platform.PLATFORM_UNSPECIFIED || platform == Platform.UNRECOGNIZED
                ? null
                : platform.name().substring(PREFIX.length());
    }

    private static String parse(String field, String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(upper)) {
            throw ApiError.invalidArgument(
                    field
                            + " must be one of "
                            + KNOWN
                            + " (or left empty where the platform is not known), got '"
                            + name
                            + "'");
        }
        return upper;
    }
}
