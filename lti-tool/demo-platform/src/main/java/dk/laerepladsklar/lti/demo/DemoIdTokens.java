package dk.laerepladsklar.lti.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds and signs the id_token of a launch the way Moodle 4.5 does (60 s lifetime, full role URIs). */
@ApplicationScoped
public class DemoIdTokens {

    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String MENTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor";
    static final String OBSERVER = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Observer";
    static final String INSTITUTION_ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
    static final String SYSTEM_ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";

    @Inject
    DemoKeys keys;
    @Inject
    DemoAgsMode agsMode;

    /**
     * A resource link launch: the link's id, title and custom parameters, and the services the tool was granted.
     *
     * @param columns the link's columns of this tool ({@code lineitem} is sent only when there is exactly one)
     */
    public String resourceLinkLaunch(String issuer, DemoToolClient client, DemoCourse course, DemoPerson person,
                                     LaunchRequestHint hint, String nonce, DemoResourceLink link,
                                     List<DemoLineItem> columns) {
        Map<String, Object> resourceLink = new LinkedHashMap<>();
        resourceLink.put("id", link.id());
        resourceLink.put("title", link.title());
        if (link.text() != null) {
            resourceLink.put("description", link.text());
        }
        JWTClaimsSet.Builder claims = common(issuer, client, course, person, hint, nonce)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                .claim(LtiClaims.TARGET_LINK_URI, client.targetLinkUri())
                .claim(LtiClaims.RESOURCE_LINK, resourceLink);
        if (!link.custom().isEmpty()) {
            claims.claim(LtiClaims.CUSTOM, new LinkedHashMap<String, Object>(link.custom()));
        }
        DemoServiceClaims.ags(issuer, client, course, columns, agsMode::grants).ifPresent(c -> claims.claim(LtiClaims.AGS_ENDPOINT, c));
        DemoServiceClaims.nrps(issuer, client, course).ifPresent(c -> claims.claim(LtiClaims.NRPS, c));
        return keys.sign(claims.build());
    }

    /**
     * A Deep Linking request: no resource link and no {@code lineitem}; the settings say where to return, what
     * is accepted, and carry {@code data} the tool must echo.
     */
    public String deepLinkingRequest(String issuer, DemoToolClient client, DemoCourse course, DemoPerson person,
                                     LaunchRequestHint hint, String nonce, String data) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", issuer + "/deep-link-return");
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
        settings.put("accept_multiple", true);
        settings.put("accept_lineitem", true);
        settings.put("auto_create", false);
        settings.put("data", data);
        JWTClaimsSet.Builder claims = common(issuer, client, course, person, hint, nonce)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .claim(LtiClaims.TARGET_LINK_URI, client.deepLinkingUri())
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, settings);
        DemoServiceClaims.ags(issuer, client, course, List.of(), agsMode::grants).ifPresent(c -> claims.claim(LtiClaims.AGS_ENDPOINT, c));
        DemoServiceClaims.nrps(issuer, client, course).ifPresent(c -> claims.claim(LtiClaims.NRPS, c));
        return keys.sign(claims.build());
    }

    /**
     * A submission review request (LTI Submission Review 1.0), as a gradebook sends it when a teacher opens a
     * student's work: the column's link (when it has one), the AGS claim naming that column as {@code lineitem},
     * {@code for_user} with the student's id (and name when names are shared), and the column's review URL and custom
     * parameters if the tool gave them.
     */
    public String submissionReviewRequest(String issuer, DemoToolClient client, DemoCourse course, DemoPerson reviewer,
                                          DemoPerson student, LaunchRequestHint hint, String nonce, DemoResourceLink link,
                                          DemoLineItem column) {
        DemoSubmissionReview review = column.submissionReview();
        String target = review != null && review.url() != null ? review.url() : client.targetLinkUri();
        Map<String, Object> forUser = new LinkedHashMap<>();
        forUser.put("user_id", student.id());
        forUser.put("roles", roles(student));
        if (hint.sharesNames()) {
            forUser.put("name", student.name());
            forUser.put("given_name", student.givenName());
            forUser.put("family_name", student.familyName());
        }
        JWTClaimsSet.Builder claims = common(issuer, client, course, reviewer, hint, nonce)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.SUBMISSION_REVIEW_REQUEST)
                .claim(LtiClaims.TARGET_LINK_URI, target)
                .claim(LtiClaims.FOR_USER, forUser);
        if (link != null) {
            Map<String, Object> resourceLink = new LinkedHashMap<>();
            resourceLink.put("id", link.id());
            resourceLink.put("title", link.title());
            claims.claim(LtiClaims.RESOURCE_LINK, resourceLink);
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        if (link != null) {
            custom.putAll(link.custom());
        }
        if (review != null) {
            custom.putAll(review.custom());
        }
        if (!custom.isEmpty()) {
            claims.claim(LtiClaims.CUSTOM, custom);
        }
        DemoServiceClaims.ags(issuer, client, course, List.of(column), agsMode::grants).ifPresent(c -> claims.claim(LtiClaims.AGS_ENDPOINT, c));
        return keys.sign(claims.build());
    }

    private static JWTClaimsSet.Builder common(String issuer, DemoToolClient client, DemoCourse course,
                                               DemoPerson person, LaunchRequestHint hint, String nonce) {
        long now = System.currentTimeMillis();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(client.clientId())
                .subject(person.id())
                .issueTime(new Date(now))
                .expirationTime(new Date(now + 60_000))
                .claim("nonce", nonce)
                .claim(LtiClaims.DEPLOYMENT_ID, client.deploymentId())
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.ROLES, roles(person))
                .claim(LtiClaims.CONTEXT, Map.of("id", course.id(), "label", course.label(), "title", course.title(),
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", hint.locale(), "document_target", "iframe",
                        "return_url", issuer))
                .claim(LtiClaims.TOOL_PLATFORM, Map.of("guid", "demo-lms", "name", "Demo-LMS",
                        "product_family_code", "lpk-demo", "version", "1"));
        if (person.kind() == DemoPerson.Kind.MENTOR) {
            claims.claim(LtiClaims.ROLE_SCOPE_MENTOR, person.mentees());
        }
        if (hint.sharesNames()) {
            claims.claim("name", person.name())
                    .claim("given_name", person.givenName())
                    .claim("family_name", person.familyName())
                    .claim("email", person.email());
        }
        return claims;
    }

    static List<String> roles(DemoPerson person) {
        List<String> roles = new ArrayList<>();
        switch (person.kind()) {
            case TEACHER -> roles.add(INSTRUCTOR);
            case STUDENT -> roles.add(LEARNER);
            case MENTOR -> roles.add(MENTOR);
            case OBSERVER -> roles.add(OBSERVER);
            case ADMINISTRATOR -> roles.addAll(List.of(INSTITUTION_ADMINISTRATOR, INSTRUCTOR, SYSTEM_ADMINISTRATOR));
        }
        return roles;
    }
}
