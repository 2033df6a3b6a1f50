package dk.laerepladsklar.lti.core.registration;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registrations as data, for IT automation: one platform as a JSON object, or a file with an array of
 * them. Importing the same data twice changes nothing. This is the operator's path: it may change a known
 * platform's endpoints and replaces its frame origins (dynamic registration never changes a known platform).
 *
 * <pre>{"issuer": "https://moodle.skole.dk", "client_id": "abc", "name": "Skolens Moodle",
 *  "auth_login_url": "https://moodle.skole.dk/mod/lti/auth.php",
 *  "token_url": "https://moodle.skole.dk/mod/lti/token.php",
 *  "jwks_url": "https://moodle.skole.dk/mod/lti/certs.php", "deployment_ids": ["1"]}</pre>
 */
@ApplicationScoped
public class RegistrationImport {

    @Inject
    Registrations registrations;

    /** Imports one platform; throws IllegalArgumentException with a message for the admin on bad data. */
    public Registration importOne(Map<String, Object> json) {
        PlatformEndpoints endpoints = new PlatformEndpoints(text(json, "issuer", true), text(json, "client_id", true),
                text(json, "name", false), text(json, "auth_login_url", true), text(json, "token_url", false),
                text(json, "jwks_url", true), strings(json.get("frame_origins")));
        List<String> deployments = deploymentIds(json);
        Registration registration = registrations.registerByOperator(endpoints, deployments.isEmpty() ? null : deployments.get(0));
        for (String deployment : deployments.subList(Math.min(1, deployments.size()), deployments.size())) {
            registration = registrations.registerByOperator(endpoints, deployment);
        }
        return registration;
    }

    /** Imports a JSON array (or a single object) of platforms. */
    public List<Registration> importAll(String json) {
        String trimmed = json.strip();
        List<Registration> imported = new ArrayList<>();
        try {
            if (trimmed.startsWith("[")) {
                for (Object item : JSONArrayUtils.parse(trimmed)) {
                    if (!(item instanceof Map<?, ?> map)) {
                        throw new IllegalArgumentException("Each registration must be a JSON object");
                    }
                    imported.add(importOne(castMap(map)));
                }
            } else {
                imported.add(importOne(JSONObjectUtils.parse(trimmed)));
            }
        } catch (ParseException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getMessage());
        }
        return imported;
    }

    /** The JSON form of a registration, as the admin API answers it. */
    public static Map<String, Object> toJson(Registration registration) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", registration.platformId().toString());
        json.put("issuer", registration.issuer());
        json.put("client_id", registration.clientId());
        json.put("name", registration.name());
        json.put("auth_login_url", registration.authLoginUrl());
        json.put("token_url", registration.tokenUrl());
        json.put("jwks_url", registration.jwksUrl());
        json.put("deployment_ids", registration.deploymentIds().stream().sorted().toList());
        json.put("frame_origins", registration.frameOrigins());
        json.put("status", registration.status().name());
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static List<String> deploymentIds(Map<String, Object> json) {
        Object value = json.get("deployment_ids");
        if (value == null && json.get("deployment_id") instanceof String single) {
            return List.of(single);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        return List.of();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Map<String, Object> json, String name, boolean required) {
        Object value = json.get(name);
        if (value instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        if (required) {
            throw new IllegalArgumentException("Missing field: " + name);
        }
        return null;
    }
}
