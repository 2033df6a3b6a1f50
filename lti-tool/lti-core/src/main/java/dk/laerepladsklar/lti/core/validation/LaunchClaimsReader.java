package dk.laerepladsklar.lti.core.validation;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.LtiUser;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.api.WorkReview;
import dk.laerepladsklar.lti.core.registration.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns verified claims into the plain {@link Launch} the application sees. */
@ApplicationScoped
public class LaunchClaimsReader {

    /** More mentees than a mentor could follow in one course; the rest are ignored. */
    static final int MAX_MENTEES = 500;
    /** LTI Core caps {@code sub} at 255 characters. */
    static final int MAX_SUBJECT_LENGTH = 255;

    public Launch read(JWTClaimsSet claims, Registration registration, String deploymentId, String messageType)
            throws LaunchRejected {
        PlatformId platform = registration.platformId();
        LtiUser user = new LtiUser(platform, claims.getSubject(), text(claims, "name"), text(claims, "given_name"),
                text(claims, "family_name"), text(claims, "email"));
        LaunchKind kind = switch (messageType) {
            case LtiClaims.DEEP_LINKING_REQUEST -> LaunchKind.DEEP_LINKING;
            case LtiClaims.SUBMISSION_REVIEW_REQUEST -> LaunchKind.SUBMISSION_REVIEW;
            default -> LaunchKind.RESOURCE_LINK;
        };
        Set<Role> roles = RoleMapper.map(strings(claims.getClaim(LtiClaims.ROLES)));
        GradebookAccess gradebook = gradebook(claims);
        return new Launch(UUID.randomUUID(), kind, user, context(claims, platform), resourceLink(claims),
                roles, locale(claims), deploymentId, custom(claims), gradebook, roster(claims),
                mentees(claims, roles), kind == LaunchKind.SUBMISSION_REVIEW ? review(claims, gradebook) : null);
    }

    /** Whose work a submission review opens ({@code for_user.user_id}, checked by the validator) and from which column. */
    static WorkReview review(JWTClaimsSet claims, GradebookAccess gradebook) throws LaunchRejected {
        Map<String, Object> forUser = LaunchValidator.objectClaim(claims, LtiClaims.FOR_USER);
        return new WorkReview(asText(forUser.get("user_id")), gradebook == null ? null : gradebook.lineItem());
    }

    /**
     * The subjects a mentor mentors ({@code role_scope_mentor}: an array of the platform's user ids). Kept only for
     * a launch with a Mentor role, and bounded, so a platform cannot grow a session without limit.
     */
    static Set<String> mentees(JWTClaimsSet claims, Set<Role> roles) {
        if (!roles.contains(Role.MENTOR)) {
            return Set.of();
        }
        return strings(claims.getClaim(LtiClaims.ROLE_SCOPE_MENTOR)).stream()
                .filter(s -> !s.isBlank() && s.length() <= MAX_SUBJECT_LENGTH)
                .limit(MAX_MENTEES).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The language hint of an id_token that may have failed validation, only to choose the language of the
     * page that says so. Nothing else may be read from an unverified token.
     */
    public static String unverifiedLocaleHint(String idToken) {
        if (idToken == null) {
            return null;
        }
        try {
            Object presentation = com.nimbusds.jwt.SignedJWT.parse(idToken).getJWTClaimsSet().getClaim(LtiClaims.LAUNCH_PRESENTATION);
            return presentation instanceof Map<?, ?> map && map.get("locale") instanceof String s ? s : null;
        } catch (java.text.ParseException | RuntimeException e) {
            return null;
        }
    }

    private static LtiContext context(JWTClaimsSet claims, PlatformId platform) throws LaunchRejected {
        Map<String, Object> context = LaunchValidator.objectClaim(claims, LtiClaims.CONTEXT);
        if (context == null || !(context.get("id") instanceof String id) || id.isBlank()) {
            return null;
        }
        return new LtiContext(platform, id, asText(context.get("title")), asText(context.get("label")));
    }

    private static ResourceLink resourceLink(JWTClaimsSet claims) throws LaunchRejected {
        Map<String, Object> link = LaunchValidator.objectClaim(claims, LtiClaims.RESOURCE_LINK);
        if (link == null || !(link.get("id") instanceof String id) || id.isBlank()) {
            return null;
        }
        return new ResourceLink(id, asText(link.get("title")));
    }

    private static Locale locale(JWTClaimsSet claims) throws LaunchRejected {
        Map<String, Object> presentation = LaunchValidator.objectClaim(claims, LtiClaims.LAUNCH_PRESENTATION);
        String tag = presentation == null ? null : asText(presentation.get("locale"));
        if (tag == null || tag.isBlank()) {
            tag = asText(claims.getClaim("locale"));
        }
        return tag == null || tag.isBlank() ? Launch.DANISH : Locale.forLanguageTag(tag.replace('_', '-'));
    }

    private static Map<String, String> custom(JWTClaimsSet claims) throws LaunchRejected {
        Map<String, Object> custom = LaunchValidator.objectClaim(claims, LtiClaims.CUSTOM);
        Map<String, String> values = new HashMap<>();
        if (custom != null) {
            custom.forEach((k, v) -> {
                if (v != null) {
                    values.put(k, String.valueOf(v));
                }
            });
        }
        return values;
    }

    private static GradebookAccess gradebook(JWTClaimsSet claims) throws LaunchRejected {
        Map<String, Object> ags = LaunchValidator.objectClaim(claims, LtiClaims.AGS_ENDPOINT);
        if (ags == null) {
            return null;
        }
        List<String> scopes = strings(ags.get("scope"));
        return new GradebookAccess(asText(ags.get("lineitems")), asText(ags.get("lineitem")),
                scopes.contains(LtiClaims.SCOPE_LINEITEM), scopes.contains(LtiClaims.SCOPE_SCORE));
    }

    private static String roster(JWTClaimsSet claims) throws LaunchRejected {
        Map<String, Object> nrps = LaunchValidator.objectClaim(claims, LtiClaims.NRPS);
        return nrps == null ? null : asText(nrps.get("context_memberships_url"));
    }

    private static String text(JWTClaimsSet claims, String name) {
        return asText(claims.getClaim(name));
    }

    private static String asText(Object value) {
        return value instanceof String s ? s : null;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
