package com.creatorplatform.contract.identity;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.contract.testing.TestTokens.Login;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The realm as shipped (infra/keycloak), against the real Keycloak: with the password grant on,
 * guessing passwords locks the account for a while, even for whoever then types the right one.
 */
class RealmBruteForceTest {

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        Login login =
                TestTokens.newLogin(
                        CallerClaims.CREATOR, Map.of("creator_id", UUID.randomUUID().toString()));
        Login guess = new Login(login.username(), "guess");
        for (int i = 0; i < 5; i++) {
            var refused =
                    assertThrows(IllegalStateException.class, () -> TestTokens.signInAs(guess));
            assertTrue(refused.getMessage().contains("invalid_grant"), refused.getMessage());
        }
        assertThrows(
                IllegalStateException.class,
                () -> TestTokens.signInAs(login),
                "locked: even the right password is refused");
    }

    @Test
    void theRightPasswordAfterAWrongOneSignsIn() {
        Login login =
                TestTokens.newLogin(
                        CallerClaims.CREATOR, Map.of("creator_id", UUID.randomUUID().toString()));
        assertThrows(
                IllegalStateException.class,
                () -> TestTokens.signInAs(new Login(login.username(), "typo")));
        assertTrue(TestTokens.signInAs(login).split("\\.").length == 3, "a JWT");
    }
}
