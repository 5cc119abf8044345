package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BotDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Twitterbot/1.0",
                "WhatsApp/2.23.20.0",
                "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "curl/8.4.0",
                "python-requests/2.31",
                "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/120.0"
            })
    void crawlersAndPreviewFetchersAreBots(String userAgent) {
        assertTrue(BotDetector.isBot(userAgent));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aRequestWithoutUserAgentIsABot(String userAgent) {
        assertTrue(BotDetector.isBot(userAgent));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 309.0.0.40.113"
            })
    void peopleInBrowsersAndInAppBrowsersAreNot(String userAgent) {
        assertFalse(BotDetector.isBot(userAgent));
    }
}
