package com.creatorplatform.gateway.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ServiceDatabases;
import com.creatorplatform.gateway.support.TestMailbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A brand on its own through the public API: it signs up without a token, its admin signs in,
 * invites the team by mail (the link redeemed without a token), changes roles, removes members and
 * edits the settings; viewers only read, and every refusal is a coded error that stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrandOnboardingGraphQLTest {

    static final String SIGN_UP =
            "mutation($input: SignUpBrandInput!) { signUpBrand(input: $input) {"
                    + " brand { id name currency timeZone allowedDomains minimumPayout { amountMinor currency } }"
                    + " admin { id email role status } webhookSecret } }";
    static final String TEAM = "{ teamMembers { id email name role status } }";
    static final String INVITE =
            "mutation($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { id status role } }";
    static final String REDEEM =
            "mutation($input: RedeemTeamInvitationInput!) { redeemTeamInvitation(input: $input) {"
                    + " member { id status role } login loginCreated } }";
    static final String CHANGE_ROLE =
            "mutation($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { id role } }";
    static final String REMOVE =
            "mutation($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { removedMemberId } }";
    static final String SETTINGS =
            "mutation($input: UpdateBrandSettingsInput!) { updateBrandSettings(input: $input) {"
                    + " currency timeZone allowedDomains minimumPayout { amountMinor currency } } }";
    static final String MY_BRAND =
            "{ myBrand { id currency timeZone allowedDomains minimumPayout { amountMinor } } }";
    static final String PASSWORD = "brand-admin-password";

    @Test
    void aBrandSignsUpItsAdminSignsInAndASecondSignUpIsRefusedStoringNothing() throws Exception {
        String email = "Founder." + UUID.randomUUID() + "@Shop.example";
        String name = "Signed up " + UUID.randomUUID();
        var signed = GraphQL.ok(null, SIGN_UP, signUp(name, email));
        String brandId = signed.getString("data.signUpBrand.brand.id");
        assertEquals("EUR", signed.getString("data.signUpBrand.brand.currency"));
        assertEquals("Europe/Berlin", signed.getString("data.signUpBrand.brand.timeZone"));
        assertEquals(2500, signed.getLong("data.signUpBrand.brand.minimumPayout.amountMinor"));
        assertEquals(email.toLowerCase(), signed.getString("data.signUpBrand.admin.email"));
        assertEquals("ADMIN", signed.getString("data.signUpBrand.admin.role"));
        assertEquals("ACTIVE", signed.getString("data.signUpBrand.admin.status"));
        assertTrue(signed.getString("data.signUpBrand.webhookSecret").length() >= 40);

        String admin = TestTokens.signInAs(new TestTokens.Login(email.toLowerCase(), PASSWORD));
        assertEquals(brandId, GraphQL.ok(admin, MY_BRAND).getString("data.myBrand.id"));
        assertEquals(
                List.of(email.toLowerCase()),
                GraphQL.ok(admin, TEAM).getList("data.teamMembers.email"));

        var again = GraphQL.post(null, SIGN_UP, signUp(name + " again", email));
        assertEquals("CONFLICT", again.getString("errors[0].extensions.code"));
        // An address that has a login but is on no team (a creator's): refused by Keycloak's
        // answer, and the brand stored for it before is deleted again.
        var creatorsLogin =
                GraphQL.post(null, SIGN_UP, signUp(name + " creator", "creator@demo.test"));
        assertEquals("CONFLICT", creatorsLogin.getString("errors[0].extensions.code"));
        assertEquals(1, brandsNamedLike(name));
        assertEquals(0, brandsNamedLike(name + " "));
    }

    @Test
    void aSignUpCutShortByACrashIsSettledWhenTheAddressSignsUpAgain() throws Exception {
        // Stopped before its login was made: the brand nobody could use is forgotten, and the
        // address signs up afresh.
        String lost = "lost." + UUID.randomUUID() + "@shop.example";
        String name = "Cut short " + UUID.randomUUID();
        GraphQL.ok(null, SIGN_UP, signUp(name, lost));
        crashedBeforeItsLoginWasRecorded(lost);
        TestTokens.admin("DELETE", "/users/" + loginOf(lost), null);

        var afresh = GraphQL.ok(null, SIGN_UP, signUp(name + " afresh", lost));
        assertEquals(1, brandsNamedLike(name), "the abandoned brand is gone");
        String admin = TestTokens.signInAs(new TestTokens.Login(lost, PASSWORD));
        assertEquals(
                afresh.getString("data.signUpBrand.brand.id"),
                GraphQL.ok(admin, MY_BRAND).getString("data.myBrand.id"));

        // Stopped after its login was made: the login is recorded, the retry is a duplicate.
        String made = "made." + UUID.randomUUID() + "@shop.example";
        String brandId =
                GraphQL.ok(null, SIGN_UP, signUp(name + " made", made))
                        .getString("data.signUpBrand.brand.id");
        crashedBeforeItsLoginWasRecorded(made);

        var retry = GraphQL.post(null, SIGN_UP, signUp(name + " made again", made));
        assertEquals("CONFLICT", retry.getString("errors[0].extensions.code"));
        assertEquals(1, brandsNamedLike(name + " made"));
        assertEquals(loginOf(made), recordedLoginOf(made));
        String founder = TestTokens.signInAs(new TestTokens.Login(made, PASSWORD));
        assertEquals(brandId, GraphQL.ok(founder, MY_BRAND).getString("data.myBrand.id"));
    }

    @Test
    void badSignUpsAreCodedErrorsAndStoreNothing() throws Exception {
        String name = "Refused " + UUID.randomUUID();
        for (var bad :
                List.<Map<String, Object>>of(
                        Map.of("timeZone", "Mars/Olympus"),
                        Map.of("currency", "EURO"),
                        Map.of("adminPassword", "short"),
                        Map.of("adminEmail", "not-an-address"),
                        Map.of("allowedDomains", List.of("not a domain")))) {
            var input =
                    new HashMap<>(fields(name, "refused." + UUID.randomUUID() + "@shop.example"));
            input.putAll(bad);
            var answer = GraphQL.post(null, SIGN_UP, Map.of("input", input));
            assertEquals(
                    "INVALID_ARGUMENT",
                    answer.getString("errors[0].extensions.code"),
                    bad.toString());
        }
        assertEquals(0, brandsNamedLike(name));
    }

    @Test
    void anInvitedViewerJoinsByMailReadsButCannotWrite() {
        String admin = newBrandAdmin();
        String email = "viewer." + UUID.randomUUID() + "@shop.example";
        var invited =
                GraphQL.ok(
                        admin,
                        INVITE,
                        input(Map.of("email", email, "name", "Val Viewer", "role", "VIEWER")));
        String memberId = invited.getString("data.inviteTeamMember.id");
        assertEquals("INVITED", invited.getString("data.inviteTeamMember.status"));

        var mail = TestMailbox.awaitMailTo(email);
        assertTrue(mail.subject().endsWith("invites you to its team"), mail.subject());
        assertEquals(PlatformServices.TEAM_JOIN_PAGE, mail.link().toString().split("\\?")[0]);
        var passwordless = GraphQL.post(null, REDEEM, input(Map.of("token", mail.token())));
        assertEquals("INVALID_ARGUMENT", passwordless.getString("errors[0].extensions.code"));

        var redeemed =
                GraphQL.ok(
                        null, REDEEM, input(Map.of("token", mail.token(), "password", PASSWORD)));
        assertEquals(memberId, redeemed.getString("data.redeemTeamInvitation.member.id"));
        assertEquals("ACTIVE", redeemed.getString("data.redeemTeamInvitation.member.status"));
        assertTrue(redeemed.getBoolean("data.redeemTeamInvitation.loginCreated"));
        var replayed =
                GraphQL.post(
                        null, REDEEM, input(Map.of("token", mail.token(), "password", PASSWORD)));
        assertEquals("FAILED_PRECONDITION", replayed.getString("errors[0].extensions.code"));

        String viewer = TestTokens.signInAs(new TestTokens.Login(email, PASSWORD));
        var team = GraphQL.ok(viewer, TEAM);
        assertEquals(List.of("ADMIN", "VIEWER"), team.getList("data.teamMembers.role"));
        assertEquals(List.of("ACTIVE", "ACTIVE"), team.getList("data.teamMembers.status"));
        for (var write :
                List.of(
                        Map.entry(
                                INVITE,
                                Map.<String, Object>of(
                                        "email",
                                        "x." + UUID.randomUUID() + "@shop.example",
                                        "name",
                                        "X",
                                        "role",
                                        "ADMIN")),
                        Map.entry(SETTINGS, Map.<String, Object>of("timeZone", "Europe/Paris")),
                        Map.entry(
                                CHANGE_ROLE,
                                Map.<String, Object>of("memberId", memberId, "role", "ADMIN")),
                        Map.entry(REMOVE, Map.<String, Object>of("memberId", memberId)))) {
            var refused = GraphQL.post(viewer, write.getKey(), input(write.getValue()));
            assertEquals(
                    "FORBIDDEN", refused.getString("errors[0].extensions.code"), write.getKey());
        }
        assertEquals(2, GraphQL.ok(admin, TEAM).getList("data.teamMembers").size());
        assertEquals("UTC", GraphQL.ok(admin, MY_BRAND).getString("data.myBrand.timeZone"));

        var existing =
                GraphQL.post(
                        admin,
                        INVITE,
                        input(Map.of("email", email, "name", "Again", "role", "ADMIN")));
        assertEquals("CONFLICT", existing.getString("errors[0].extensions.code"));
        var othersAdmin = newBrandAdmin();
        var otherTeams =
                GraphQL.post(
                        othersAdmin,
                        INVITE,
                        input(Map.of("email", email, "name", "Poach", "role", "VIEWER")));
        assertEquals("FAILED_PRECONDITION", otherTeams.getString("errors[0].extensions.code"));
        assertEquals(1, GraphQL.ok(othersAdmin, TEAM).getList("data.teamMembers").size());
    }

    @Test
    void theLastAdminStaysAndARemovedMemberLosesTheBrand() {
        String adminEmail = "owner." + UUID.randomUUID() + "@shop.example";
        String admin = newBrandAdmin(adminEmail);
        String adminId = GraphQL.ok(admin, TEAM).getString("data.teamMembers[0].id");
        var demoted =
                GraphQL.post(
                        admin, CHANGE_ROLE, input(Map.of("memberId", adminId, "role", "VIEWER")));
        assertEquals("FAILED_PRECONDITION", demoted.getString("errors[0].extensions.code"));
        var left = GraphQL.post(admin, REMOVE, input(Map.of("memberId", adminId)));
        assertEquals("FAILED_PRECONDITION", left.getString("errors[0].extensions.code"));
        var unknown =
                GraphQL.post(
                        admin, REMOVE, input(Map.of("memberId", UUID.randomUUID().toString())));
        assertEquals("NOT_FOUND", unknown.getString("errors[0].extensions.code"));

        String email = "colleague." + UUID.randomUUID() + "@shop.example";
        String memberId =
                GraphQL.ok(
                                admin,
                                INVITE,
                                input(
                                        Map.of(
                                                "email",
                                                email,
                                                "name",
                                                "Col League",
                                                "role",
                                                "VIEWER")))
                        .getString("data.inviteTeamMember.id");
        GraphQL.ok(
                null,
                REDEEM,
                input(
                        Map.of(
                                "token",
                                TestMailbox.awaitMailTo(email).token(),
                                "password",
                                PASSWORD)));
        var promoted =
                GraphQL.ok(
                        admin, CHANGE_ROLE, input(Map.of("memberId", memberId, "role", "ADMIN")));
        assertEquals("ADMIN", promoted.getString("data.changeTeamMemberRole.role"));
        String colleague = TestTokens.signInAs(new TestTokens.Login(email, PASSWORD));
        // Now an admin: the next token lets the colleague write, and the first admin may step down.
        GraphQL.ok(colleague, SETTINGS, input(Map.of("timeZone", "America/New_York")));
        GraphQL.ok(colleague, CHANGE_ROLE, input(Map.of("memberId", adminId, "role", "VIEWER")));

        GraphQL.ok(colleague, REMOVE, input(Map.of("memberId", adminId)));
        assertEquals(List.of(email), GraphQL.ok(colleague, TEAM).getList("data.teamMembers.email"));
        String removed = TestTokens.signInAs(new TestTokens.Login(adminEmail, PASSWORD));
        var outside = GraphQL.post(removed, MY_BRAND);
        assertEquals("FORBIDDEN", outside.getString("errors[0].extensions.code"));
    }

    @Test
    void settingsChangeTogetherOrNotAtAllAndTheCurrencyOnlyBeforeTheFirstCampaign() {
        String admin = newBrandAdmin();
        var changed =
                GraphQL.ok(
                        admin,
                        SETTINGS,
                        input(
                                Map.of(
                                        "currency",
                                        "USD",
                                        "allowedDomains",
                                        List.of("Shop.example", "blog.shop.example"),
                                        "minimumPayout",
                                        Map.of("amountMinor", 10000, "currency", "USD"),
                                        "timeZone",
                                        "Asia/Tokyo")));
        assertEquals("USD", changed.getString("data.updateBrandSettings.currency"));
        assertEquals("Asia/Tokyo", changed.getString("data.updateBrandSettings.timeZone"));
        assertEquals(
                List.of("shop.example", "blog.shop.example"),
                changed.getList("data.updateBrandSettings.allowedDomains"));
        assertEquals(10000, changed.getLong("data.updateBrandSettings.minimumPayout.amountMinor"));

        for (var bad :
                List.<Map<String, Object>>of(
                        Map.of("timeZone", "+02:00", "allowedDomains", List.of("other.example")),
                        Map.of("allowedDomains", List.of()),
                        Map.of("minimumPayout", Map.of("amountMinor", 100, "currency", "EUR")),
                        Map.of("minimumPayout", Map.of("amountMinor", -1, "currency", "USD")))) {
            var refused = GraphQL.post(admin, SETTINGS, input(bad));
            assertEquals(
                    "INVALID_ARGUMENT",
                    refused.getString("errors[0].extensions.code"),
                    bad.toString());
        }
        GraphQL.ok(
                admin,
                "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }",
                input(
                        Map.of(
                                "name",
                                "First",
                                "landingUrl",
                                "https://shop.example/",
                                "startsOn",
                                "2026-12-01")));
        var late =
                GraphQL.post(admin, SETTINGS, input(Map.of("currency", "EUR", "timeZone", "UTC")));
        assertEquals("FAILED_PRECONDITION", late.getString("errors[0].extensions.code"));

        var brand = GraphQL.ok(admin, MY_BRAND);
        assertEquals("USD", brand.getString("data.myBrand.currency"));
        assertEquals("Asia/Tokyo", brand.getString("data.myBrand.timeZone"));
        assertEquals(
                List.of("shop.example", "blog.shop.example"),
                brand.getList("data.myBrand.allowedDomains"));
        assertEquals(10000, brand.getLong("data.myBrand.minimumPayout.amountMinor"));
    }

    /** A brand signed up through GraphQL; its admin's token. */
    private static String newBrandAdmin() {
        return newBrandAdmin("admin." + UUID.randomUUID() + "@shop.example");
    }

    private static String newBrandAdmin(String email) {
        var input = new HashMap<>(fields("Brand " + UUID.randomUUID(), email));
        input.remove("timeZone");
        GraphQL.ok(null, SIGN_UP, Map.of("input", input));
        return TestTokens.signInAs(new TestTokens.Login(email, PASSWORD));
    }

    private static Map<String, Object> signUp(String name, String email) {
        return Map.of("input", fields(name, email));
    }

    private static Map<String, Object> fields(String name, String email) {
        return Map.of(
                "name",
                name,
                "currency",
                "EUR",
                "allowedDomains",
                List.of("shop.example"),
                "minimumPayout",
                Map.of("amountMinor", 2500, "currency", "EUR"),
                "timeZone",
                "Europe/Berlin",
                "adminEmail",
                email,
                "adminName",
                "Fay Founder",
                "adminPassword",
                PASSWORD);
    }

    private static Map<String, Object> input(Map<String, Object> fields) {
        return Map.of("input", fields);
    }

    /**
     * What a crash between the stored sign-up and the recorded login leaves: a founder without a
     * login, joined ten minutes ago.
     */
    private static void crashedBeforeItsLoginWasRecorded(String email) throws SQLException {
        try (var db = ServiceDatabases.open("campaign");
                var update =
                        db.prepareStatement(
                                "update brand_member set login_id = null,"
                                        + " joined_at = joined_at - interval '10 minutes' where email = ?")) {
            update.setString(1, email);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String recordedLoginOf(String email) throws SQLException {
        try (var db = ServiceDatabases.open("campaign");
                var query =
                        db.prepareStatement("select login_id from brand_member where email = ?")) {
            query.setString(1, email);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** The Keycloak user id of the address's login. */
    private static String loginOf(String email) throws Exception {
        var users =
                new ObjectMapper()
                        .readTree(
                                TestTokens.admin(
                                        "GET",
                                        "/users?exact=true&username="
                                                + URLEncoder.encode(email, StandardCharsets.UTF_8),
                                        null));
        assertEquals(1, users.size());
        return users.get(0).path("id").asText();
    }

    /** Brands whose name starts so, read from campaign-service's database. */
    private static long brandsNamedLike(String prefix) throws SQLException {
        try (var db = ServiceDatabases.open("campaign");
                var query = db.prepareStatement("select count(*) from brand where name like ?")) {
            query.setString(1, prefix.replace("%", "\\%") + "%");
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
