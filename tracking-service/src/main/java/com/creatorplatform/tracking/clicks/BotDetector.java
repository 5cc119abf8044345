package com.creatorplatform.tracking.clicks;

import java.util.List;
import java.util.Locale;

/**
 * Known crawlers and link-preview fetchers, by user agent. Their clicks are stored (flagged) but
 * never attribute an order. A request with no user agent at all is treated as a bot too: browsers
 * always send one. This runs on every redirect, so it is plain substring search over a lower-cased
 * user agent (a case-insensitive regular expression of alternatives was a large share of the
 * redirect's time: bench/RESULTS.md).
 */
public final class BotDetector {

    private static final List<String> MARKERS =
            List.of(
                    "crawl",
                    "spider",
                    "slurp",
                    "facebookexternalhit",
                    "facebookcatalog",
                    "embedly",
                    "whatsapp",
                    "telegram",
                    "skype",
                    "discord",
                    "pinterest",
                    "preview",
                    "headless",
                    "python-requests",
                    "curl/",
                    "wget/",
                    "go-http-client",
                    "okhttp",
                    "java/",
                    "httpclient",
                    "axios",
                    "node-fetch",
                    "scrapy",
                    "lighthouse",
                    "pagespeed",
                    "monitor",
                    "uptime");

    private BotDetector() {}

    public static boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        if (endsAWord(agent, "bot")) {
            return true;
        }
        for (String marker : MARKERS) {
            if (agent.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** "Googlebot/2.1", "Slackbot-LinkExpanding", "bot;" — but not "Botswana" or "bottle". */
    private static boolean endsAWord(String agent, String word) {
        for (int at = agent.indexOf(word); at >= 0; at = agent.indexOf(word, at + 1)) {
            int after = at + word.length();
            if (after == agent.length() || !Character.isLetterOrDigit(agent.charAt(after))) {
                return true;
            }
        }
        return false;
    }
}
