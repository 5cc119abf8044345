package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedDomainsTest {

    private final AllowedDomains brand =
            AllowedDomains.of(List.of("Brand.example.", "shop.other.example"));

    @Test
    void domainsAreNormalised() {
        assertEquals(List.of("brand.example", "shop.other.example"), brand.domains());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://brand.example/winter",
                "http://www.brand.example/a?b=c",
                "https://shop.other.example"
            })
    void urlsOnTheBrandsDomainsOrTheirSubdomainsArePermitted(String url) {
        assertEquals(url, brand.requirePermitted("landing_url", url));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example",
                "https://brand.example@evil.example/",
                "https://user:pw@brand.example/",
                "javascript:alert(1)",
                "//brand.example/x",
                "https://notbrand.example",
                "https://brand.example.evil.example",
                "ftp://brand.example/file",
                "https://other.example",
                "not a url"
            })
    void everythingElseIsRefusedAsInvalidArgument(String url) {
        var error = assertThrows(ApiError.class, () -> brand.requirePermitted("landing_url", url));
        assertEquals(ApiError.Code.INVALID_ARGUMENT, error.code());
    }

    @Test
    void aBrandNeedsAtLeastOneWellFormedDomain() {
        assertThrows(ApiError.class, () -> AllowedDomains.of(List.of()));
        assertThrows(ApiError.class, () -> AllowedDomains.of(List.of("https://brand.example")));
    }
}
