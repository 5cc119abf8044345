package com.creatorplatform.gateway.bench;

import com.creatorplatform.contract.identity.CallerClaims;
import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.support.Browser;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.Tenants;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The campaign page's first load in Chromium with the dashboard benchmark's campaign (100 creators
 * × 20 posts with figures): each round a new browser (empty cache) signs in on Keycloak's page and
 * lands on the campaign; measured from the start of the app's page after sign-in (its Performance
 * timeline) until the creators' table has every row, and the bytes the browser fetched from the
 * gateway on the way (the page before sign-in, which loads the bundle, included). Not part of the
 * test suite: bench/campaign-page.sh runs it.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class CampaignPageBenchmark {

    static final int ROUNDS = Integer.getInteger("bench.rounds", 7);

    /** True once the campaign page's table shows every creator. */
    static final String TABLE_DRAWN =
            "n => document.querySelector('cp-app')?.shadowRoot?.querySelector('cp-campaign')"
                    + "?.shadowRoot?.querySelectorAll('tr[data-creator]').length === n";

    @TestHTTPResource("/")
    URL root;

    @Test
    void firstLoadOfTheCampaignPage() throws Exception {
        var brand = Tenants.newBrand();
        var story = DashboardBenchmark.build(brand);
        var admin =
                TestTokens.newLogin(CallerClaims.BRAND_ADMIN, Map.of("brand_id", brand.brandId()));
        String origin = root.toString().replaceAll("/$", "");
        List<Double> drawn = new ArrayList<>();
        try (Browser browser = new Browser()) {
            for (int round = 0; round < ROUNDS; round++) {
                Page page = browser.desktop();
                List<Request> fetched = new ArrayList<>();
                page.onRequestFinished(
                        request -> {
                            if (request.url().startsWith(origin)) {
                                fetched.add(request);
                            }
                        });
                page.navigate(origin + "/#/campaigns/" + story.campaignId());
                Browser.signIn(page, admin, origin);
                page.waitForFunction(
                        TABLE_DRAWN,
                        DashboardBenchmark.CREATORS,
                        new Page.WaitForFunctionOptions().setTimeout(120_000));
                double ms = ((Number) page.evaluate("performance.now()")).doubleValue();
                long bytes = 0;
                StringBuilder resources = new StringBuilder();
                for (Request request : List.copyOf(fetched)) {
                    var sizes = request.sizes();
                    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
                    resources.append(
                            String.format(
                                    " %s %d B;",
                                    request.url().substring(origin.length()),
                                    sizes.responseBodySize));
                }
                drawn.add(ms);
                System.out.printf(
                        "PAGE round %d: table of %d creators drawn at %.0f ms, %d bytes from the"
                                + " gateway:%s%n",
                        round, DashboardBenchmark.CREATORS, ms, bytes, resources);
                page.context().close();
            }
        }
        List<Double> sorted = drawn.stream().sorted().toList();
        System.out.printf(
                "PAGE median of %d rounds: table drawn at %.0f ms (min %.0f, max %.0f)%n",
                ROUNDS,
                sorted.get(sorted.size() / 2),
                sorted.get(0),
                sorted.get(sorted.size() - 1));
    }
}
