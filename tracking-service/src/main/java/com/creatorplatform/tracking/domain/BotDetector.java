package com.creatorplatform.tracking.domain;

import java.util.regex.Pattern;

/**
 * Known crawlers and link-preview fetchers, by user agent. Their clicks are stored (flagged) but
 * never attribute an order. A request with no user agent at all is treated as a bot too: browsers
 * always send one.
 */
public final class BotDetector {

    private static final Pattern CRAWLER = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|facebookexternalhit|facebookcatalog|embedly|whatsapp|telegram|skype|discord"
                    + "|linkedinbot|pinterest|bingpreview|preview|headless|python-requests|curl/|wget/|go-http-client|okhttp"
                    + "|java/|httpclient|axios|node-fetch|scrapy|lighthouse|pagespeed|monitor|uptime",
            Pattern.CASE_INSENSITIVE);

    private BotDetector() {
    }

    public static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || CRAWLER.matcher(userAgent).find();
    }
}
