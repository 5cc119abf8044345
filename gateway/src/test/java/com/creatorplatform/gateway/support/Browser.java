package com.creatorplatform.gateway.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.testing.TestTokens;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The Debian chromium package driven by Playwright, one browser for a test class (the driver
 * unpacks itself for a second or two; each user gets a fresh context). Browsers cannot be
 * downloaded here: Playwright is told not to try (docs/adr/0060-browser-tests.md).
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** A phone's screen in CSS pixels (an iPhone 12–15). */
    public static final int PHONE_WIDTH = 390;

    public static final int PHONE_HEIGHT = 844;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    /** What the pages said on their consoles (errors and warnings), CSP reports included. */
    private final List<String> console = new CopyOnWriteArrayList<>();

    public Browser() {
        playwright =
                Playwright.create(
                        new Playwright.CreateOptions()
                                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium =
                playwright
                        .chromium()
                        .launch(
                                new BrowserType.LaunchOptions()
                                        .setExecutablePath(CHROMIUM)
                                        .setHeadless(true)
                                        .setArgs(
                                                List.of(
                                                        "--no-sandbox",
                                                        "--disable-gpu",
                                                        "--disable-dev-shm-usage",
                                                        "--disable-background-networking",
                                                        "--disable-component-update",
                                                        "--disable-sync",
                                                        "--no-first-run",
                                                        "--disable-quic")));
    }

    /** A new user's desktop browser (a window of 1280×900). */
    public Page desktop() {
        return page(new NewContextOptions().setViewportSize(1280, 900));
    }

    /** A new user's phone: 390×844, touch, and the clipboard open to the page. */
    public Page phone() {
        Page page =
                page(
                        new NewContextOptions()
                                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                                .setIsMobile(true)
                                .setHasTouch(true)
                                .setDeviceScaleFactor(2));
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        return page;
    }

    private Page page(NewContextOptions options) {
        BrowserContext context = chromium.newContext(options.setAcceptDownloads(true));
        Page page = context.newPage();
        page.onConsoleMessage(
                message -> {
                    if (!message.type().equals("log") && !message.type().equals("debug")) {
                        console.add(message.type() + ": " + message.text());
                    }
                });
        return page;
    }

    /**
     * Signs in on Keycloak's own login page, where the app sent the browser, as a user with a
     * password; waits until the browser is back on {@code origin}.
     */
    public static void signIn(Page page, TestTokens.Login login, String origin) {
        page.waitForURL(url -> url.contains("/realms/" + TestTokens.REALM + "/"));
        page.locator("#username").fill(login.username());
        page.locator("#password").fill(login.password());
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(origin));
    }

    /**
     * A picture of the whole page in target/screenshots (the README shows copies of them, kept in
     * docs/screenshots).
     */
    public static void screenshot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", name + ".png"))
                        .setFullPage(true));
    }

    /**
     * A picture of a part of a page in target/screenshots, like {@link #screenshot(Page, String)}.
     */
    public static void screenshot(Locator part, String name) {
        part.screenshot(
                new Locator.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    /** Console messages about a Content Security Policy violation: none is expected. */
    public List<String> securityPolicyViolations() {
        return console.stream().filter(m -> m.contains("Content Security Policy")).toList();
    }

    /** Fails with each rule broken when axe-core finds WCAG 2 A or AA violations on the page. */
    public static void assertAccessible(Page page) {
        var violations =
                new AxeBuilder(page)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze()
                        .getViolations();
        assertEquals(
                "",
                violations.stream()
                        .map(
                                v ->
                                        v.getId()
                                                + ": "
                                                + v.getHelp()
                                                + " "
                                                + v.getNodes().stream()
                                                        .map(n -> String.valueOf(n.getTarget()))
                                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")),
                "axe-core found accessibility violations on " + page.url());
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
