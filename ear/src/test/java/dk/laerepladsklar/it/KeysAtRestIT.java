package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tool's private keys are encrypted in the database: a key stored in plain text by an older version is sealed
 * when the tool starts, no row holds a readable JWK, and the tool still publishes its keys, signs launches'
 * answers and Deep Linking responses that the demo LMS verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeysAtRestIT {

    private static final String DEPLOYMENT = "keys-at-rest";

    /** Deployed by the test itself, after it has planted a plain-text key as an older version would have left it. */
    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void keysAreEncryptedAtRestAndTheToolStillSigns() throws Exception {
        RSAKey legacy = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyID("legacy-" + UUID.randomUUID()).generate();
        if (!keyTableExists()) { // a fresh database: let the tool create its schema first
            deployer.deploy(DEPLOYMENT);
            deployer.undeploy(DEPLOYMENT);
        }
        plantPlainTextKey(legacy);

        deployer.deploy(DEPLOYMENT);
        try {
            ToolUnderTest tool = ToolUnderTest.onPort(8080 + Integer.getInteger("lpk.test.port-offset", 100));
            DemoLaunchClient client = tool.client();

            LaunchResult student = client.launch(new CookieJar(), "course-7301", "student-7301-1", "da", true);
            assertTrue(student.landed(), student.body());

            // A key the tool makes itself is sealed from the start.
            String kid = rotate(tool);

            Map<String, String> stored = storedKeys();
            assertTrue(stored.containsKey(legacy.getKeyID()), stored.keySet().toString());
            assertTrue(stored.containsKey(kid), "the tool's new key " + kid + " in " + stored.keySet());
            stored.forEach((storedKid, value) -> {
                assertTrue(value.startsWith("v1:"), storedKid + " is sealed: " + value.substring(0, Math.min(40, value.length())));
                assertFalse(value.contains("\"kty\"") || value.contains("\"d\""), storedKid + " is no JSON");
            });

            JWKSet published = JWKSet.parse(client.get(tool.toolBase() + "/api/lti/jwks", null).body());
            assertNotNull(published.getKeyByKeyId(legacy.getKeyID()), "the sealed legacy key opens and is published");
            assertNotNull(published.getKeyByKeyId(kid), "the new key is published");
            assertEquals(legacy.toPublicJWK().toJSONObject(), published.getKeyByKeyId(legacy.getKeyID()).toJSONObject());
            published.getKeys().forEach(k -> assertFalse(k.isPrivate(), "never a private part: " + k.getKeyID()));

            CookieJar teacher = new CookieJar();
            LaunchResult picker = client.selectContent(teacher, null, "course-7301", "da");
            assertTrue(picker.landed(), picker.body());
            HttpResponse<String> returned = new ContentPicker(client, tool.toolBase())
                    .pick(teacher, picker.body(), List.of("teaching-module:networking"));
            assertEquals(303, returned.statusCode(), "the demo LMS verified the signed Deep Linking response: " + returned.body());
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    /** Rotates through the admin API: the new key is one the tool made (and sealed) itself. */
    private static String rotate(ToolUnderTest tool) throws Exception {
        HttpResponse<String> rotated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tool.toolBase()
                        + "/api/admin/keys/rotate")).header("Authorization", "Bearer it-admin-token")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rotated.statusCode(), rotated.body());
        return rotated.body().replaceAll(".*\"current\":\"([^\"]+)\".*", "$1");
    }

    private static boolean keyTableExists() throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement select = db.prepareStatement("select to_regclass('lti_tool_key') is not null");
             ResultSet row = select.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static void plantPlainTextKey(RSAKey key) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement insert = db.prepareStatement(
                     "insert into lti_tool_key (kid, private_jwk, created_at) values (?, ?, ?)")) {
            insert.setString(1, key.getKeyID());
            insert.setString(2, key.toJSONString());
            insert.setTimestamp(3, Timestamp.from(Instant.now().minus(Duration.ofDays(30))));
            insert.executeUpdate();
        }
    }

    private static Map<String, String> storedKeys() throws Exception {
        Map<String, String> keys = new LinkedHashMap<>();
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement select = db.prepareStatement("select kid, private_jwk from lti_tool_key");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.put(rows.getString(1), rows.getString(2));
            }
        }
        return keys;
    }
}
