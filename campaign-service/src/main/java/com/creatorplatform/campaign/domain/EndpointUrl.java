package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Echo;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a webhook endpoint may point: https, and a host whose every address is public, so that no
 * brand can make the platform call into its own network (server-side request forgery). The one
 * exception is a host the operator lists in {@code campaign.webhooks.test-hosts} (tests' receivers
 * on 127.0.0.1), which may also be plain http; production lists none.
 */
public final class EndpointUrl {

    /** Looks a host up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    static final int MAX_LENGTH = 2000;

    private EndpointUrl() {}

    /** The url, checked; or INVALID_ARGUMENT naming what is wrong. Blocks on the lookup. */
    public static String check(String url, Set<String> testHosts, Resolver resolver) {
        URI uri = parse(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (testHosts.contains(host)) {
            return uri.toString();
        }
        if (!"https".equals(uri.getScheme())) {
            throw ApiError.invalidArgument("url must be https, got '" + Echo.of(url) + "'");
        }
        publicAddresses(host, resolver);
        return uri.toString();
    }

    /**
     * The address a delivery to a stored url connects to, looked up now and checked again: a name
     * public when the endpoint was registered may since resolve to a private address. Test hosts
     * are exempt, as when registering. INVALID_ARGUMENT when it is not public. Blocks.
     */
    public static InetAddress addressToConnect(
            String url, Set<String> testHosts, Resolver resolver) {
        String host = parse(url).getHost().toLowerCase(Locale.ROOT);
        if (!testHosts.contains(host)) {
            return publicAddresses(host, resolver).get(0);
        }
        try {
            return resolver.resolve(bare(host)).get(0);
        } catch (UnknownHostException e) {
            throw ApiError.invalidArgument("url host " + host + " does not resolve");
        }
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw ApiError.invalidArgument("url is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw ApiError.invalidArgument("url must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ApiError.invalidArgument("url '" + Echo.of(url) + "' is not a URL");
        }
        if (uri.getHost() == null || !uri.isAbsolute() || uri.getRawUserInfo() != null) {
            throw ApiError.invalidArgument(
                    "url '"
                            + Echo.of(url)
                            + "' must be an absolute URL with a host and no user info");
        }
        return uri;
    }

    /** The host's addresses, every one of them public; or INVALID_ARGUMENT. */
    private static List<InetAddress> publicAddresses(String host, Resolver resolver) {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare(host));
        } catch (UnknownHostException e) {
            throw ApiError.invalidArgument("url host " + host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            throw ApiError.invalidArgument("url host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw ApiError.invalidArgument(
                        "url host "
                                + host
                                + " resolves to "
                                + address.getHostAddress()
                                + ", a loopback, private, link-local or otherwise non-public address;"
                                + " endpoints must be on the public internet");
            }
        }
        return addresses;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]")
                ? host.substring(1, host.length() - 1)
                : host;
    }

    /** Whether the address is on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // shared (carrier NAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            return (first & 0xfe) != 0xfc; // unique local fc00::/7
        }
        return false;
    }
}
