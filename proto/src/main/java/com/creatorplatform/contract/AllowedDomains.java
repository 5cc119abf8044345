package com.creatorplatform.contract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The destinations a brand lets its links and landing pages point to: absolute http(s) URLs whose
 * host is one of the brand's domains or a subdomain of one. This is what stops the platform from
 * becoming an open redirect. Campaign landing pages and tracking-link destinations both obey it.
 */
public record AllowedDomains(List<String> domains) {

    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    /** Normalises (lower case, no trailing dot) and validates a brand's list. */
    public static AllowedDomains of(List<String> raw) {
        if (raw.isEmpty()) {
            throw ApiError.invalidArgument("allowed_domains needs at least one domain");
        }
        var domains =
                raw.stream()
                        .map(d -> d.trim().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))
                        .distinct()
                        .toList();
        for (String domain : domains) {
            if (!DOMAIN.matcher(domain).matches()) {
                throw ApiError.invalidArgument(
                        "allowed_domains: '" + domain + "' is not a domain name");
            }
        }
        return new AllowedDomains(domains);
    }

    /** Returns the URL if it may be used as a destination, or says why not. */
    public String requirePermitted(String field, String url) {
        URI uri = requireHttpUrl(field, url);
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        boolean allowed = domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
        if (!allowed) {
            throw ApiError.invalidArgument(
                    field
                            + " host '"
                            + host
                            + "' is not one of the brand's allowed domains "
                            + domains);
        }
        return uri.toString();
    }

    /**
     * An absolute http(s) URL with a host and no user info (which could disguise the real host).
     */
    public static URI requireHttpUrl(String field, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw ApiError.invalidArgument(field + " is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw ApiError.invalidArgument(field + " must be an absolute http(s) URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiError.invalidArgument(field + " must not carry user info");
        }
        return uri;
    }
}
