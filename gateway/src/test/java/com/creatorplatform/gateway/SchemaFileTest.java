package com.creatorplatform.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.creatorplatform.contract.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The schema the gateway serves is the checked-in {@code gateway/schema.graphql}, which client
 * developers generate their code from and reviewers read a schema change in. With {@code
 * -Dschema.update=true} the test writes the served schema to the file instead (see README).
 */
@QuarkusTest
class SchemaFileTest {

    static final Path FILE = Path.of("schema.graphql");
    static final String REGENERATE =
            "mvn -o -pl proto,gateway verify -Dtest=SchemaFileTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true";

    @Test
    void theServedSchemaIsTheCheckedInFile() throws IOException {
        String served =
                given().auth()
                        .oauth2(
                                TestTokens.newUserToken(
                                        "creator",
                                        Map.of("creator_id", UUID.randomUUID().toString())))
                        .get("/graphql/schema.graphql")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(FILE, served, StandardCharsets.UTF_8);
            return;
        }
        String checkedIn = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        if (!served.equals(checkedIn)) {
            fail(
                    "gateway/schema.graphql is not the schema the gateway serves ("
                            + firstDifference(checkedIn, served)
                            + "). If the change is meant, regenerate the file and commit it: "
                            + REGENERATE);
        }
    }

    /** Where the two texts part, by line, for the failure message. */
    private static String firstDifference(String checkedIn, String served) {
        List<String> file = checkedIn.lines().toList();
        List<String> live = served.lines().toList();
        for (int line = 0; line < Math.max(file.size(), live.size()); line++) {
            String a = line < file.size() ? file.get(line) : "<end of file>";
            String b = line < live.size() ? live.get(line) : "<end of schema>";
            if (!a.equals(b)) {
                return "line " + (line + 1) + ": file has '" + a + "', gateway serves '" + b + "'";
            }
        }
        return "line endings differ";
    }
}
