package dk.laerepladsklar.lti.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Builds and signs the id_token of a launch the way Moodle 4.5 does (60 s lifetime, full role URIs). */
@ApplicationScoped
public class DemoIdTokens {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    @Inject
    DemoKeys keys;

    public String resourceLinkLaunch(String issuer, DemoToolClient client, DemoCourse course, DemoPerson person,
                                     LaunchRequestHint hint, String nonce) {
        long now = System.currentTimeMillis();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(client.clientId())
                .subject(person.id())
                .issueTime(new Date(now))
                .expirationTime(new Date(now + 60_000))
                .claim("nonce", nonce)
                .claim(LtiClaims.DEPLOYMENT_ID, client.deploymentId())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.TARGET_LINK_URI, client.targetLinkUri())
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", course.resourceLinkId(), "title", "Lærepladsklar"))
                .claim(LtiClaims.ROLES, roles(person))
                .claim(LtiClaims.CONTEXT, Map.of("id", course.id(), "label", course.label(), "title", course.title(),
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", hint.locale(), "document_target", "iframe",
                        "return_url", issuer))
                .claim(LtiClaims.TOOL_PLATFORM, Map.of("guid", "demo-lms", "name", "Demo-LMS",
                        "product_family_code", "lpk-demo", "version", "1"));
        if (hint.sharesNames()) {
            claims.claim("name", person.name())
                    .claim("given_name", person.givenName())
                    .claim("family_name", person.familyName())
                    .claim("email", person.email());
        }
        return keys.sign(claims.build());
    }

    private static List<String> roles(DemoPerson person) {
        List<String> roles = new ArrayList<>();
        roles.add(person.teacher() ? INSTRUCTOR : LEARNER);
        return roles;
    }
}
