package dk.laerepladsklar.lti.core.nrps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.api.Roster.RosterUnavailable;
import dk.laerepladsklar.lti.core.services.FakePlatform;
import dk.laerepladsklar.lti.core.services.FakePlatform.Answer;
import dk.laerepladsklar.lti.core.services.ServiceFixture;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link NrpsRoster} against a platform on 127.0.0.1 that pages its roster like Canvas and names roles like Moodle. */
class NrpsRosterTest {

    private static final String MEMBERSHIPS = "/api/lti/courses/1/names_and_roles";
    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    private FakePlatform platform;
    private ServiceFixture tool;
    private final NrpsRoster roster = new NrpsRoster();

    @BeforeEach
    void start() {
        platform = FakePlatform.start();
        tool = ServiceFixture.against(platform);
        roster.calls = tool.calls;
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    private static String container(String... members) {
        return "{\"id\":\"x\",\"context\":{\"id\":\"1\",\"label\":\"GF2\",\"title\":\"Tømrer GF2\"},\"members\":["
                + String.join(",", members) + "]}";
    }

    @Test
    void everyPageIsFollowedAndShortAndFullRoleNamesBothCount() throws Exception {
        platform.on("GET", MEMBERSHIPS, request -> switch (String.valueOf(request.uri().getQuery())) {
            case "null" -> Answer.json(200, container(
                            // Moodle: short role names, name and email withheld for this one
                            "{\"user_id\":\"5\",\"roles\":[\"Learner\"],\"status\":\"Active\"}",
                            "{\"user_id\":\"3\",\"roles\":[\"Instructor\"],\"name\":\"Hanne Holm\",\"email\":\"hanne@skole.example\"}"))
                    .withHeader("Link", "<" + platform.url(MEMBERSHIPS + "?page=2&per_page=50") + ">; rel=\"next\"");
            case "page=2&per_page=50" -> Answer.json(200, container(
                            "{\"user_id\":\"7\",\"roles\":[\"" + LIS + "membership#Learner\"],\"given_name\":\"Ali\",\"family_name\":\"Hassan\"}",
                            "{\"user_id\":\"8\",\"roles\":[\"" + LIS + "membership/Instructor#TeachingAssistant\"]}"))
                    .withHeader("Link", "<" + platform.url(MEMBERSHIPS) + ">; rel=\"first\"")
                    .withHeader("Link", "<" + MEMBERSHIPS + "?page=3&per_page=50>; rel=\"next\""); // relative
            case "page=3&per_page=50" -> Answer.json(200, container(
                            "{\"user_id\":\"9\",\"roles\":[\"Learner\"],\"status\":\"Inactive\",\"name\":\"Sara\"}",
                            "{\"user_id\":\"10\",\"roles\":[\"" + LIS + "membership#Learner\"],\"status\":\"Deleted\"}",
                            "{\"roles\":[\"Learner\"]}",
                            "{\"user_id\":\"11\",\"roles\":[\"urn:lti:role:ims/lis/Mentor\",\"http://example.org/other#Role\"]}"))
                    .withHeader("Link", "<" + platform.url(MEMBERSHIPS) + ">; rel=\"first\", <" + platform.url(MEMBERSHIPS + "?page=3") + ">; rel=\"last\"");
            default -> Answer.json(404, "{}");
        });

        List<Member> members = roster.members(tool.platformId, platform.url(MEMBERSHIPS));

        Map<String, Member> bySubject = members.stream().collect(Collectors.toMap(Member::subject, Function.identity()));
        assertEquals(Set.of("5", "3", "7", "8", "9", "10", "11"), bySubject.keySet());
        assertEquals(new Member("5", null, null, Set.of(Role.LEARNER), true), bySubject.get("5"));
        assertEquals(new Member("3", "Hanne Holm", "hanne@skole.example", Set.of(Role.INSTRUCTOR), true), bySubject.get("3"));
        assertEquals(new Member("7", "Ali Hassan", null, Set.of(Role.LEARNER), true), bySubject.get("7"));
        assertEquals(Set.of(Role.TEACHING_ASSISTANT), bySubject.get("8").roles());
        assertFalse(bySubject.get("9").active());
        assertEquals("Sara", bySubject.get("9").name());
        assertFalse(bySubject.get("10").active());
        assertEquals(Set.of(Role.MENTOR), bySubject.get("11").roles());

        List<FakePlatform.Request> pages = platform.requestsTo(MEMBERSHIPS);
        assertEquals(3, pages.size());
        pages.forEach(page -> assertEquals("application/vnd.ims.lti-nrps.v2.membershipcontainer+json", page.header("Accept")));
        assertEquals(1, platform.tokenRequests());
        assertEquals(LtiClaims.SCOPE_NRPS, platform.requestsTo(FakePlatform.TOKEN_PATH).get(0).form().get("scope"));
    }

    @Test
    void aMembershipsUrlOffThePlatformsOriginsIsNeverCalled() {
        try (FakePlatform other = FakePlatform.start()) {
            other.on("GET", MEMBERSHIPS, request -> Answer.json(200, container("{\"user_id\":\"5\",\"roles\":[\"Learner\"]}")));

            RosterUnavailable refused = assertThrows(RosterUnavailable.class, () -> roster.members(tool.platformId, other.url(MEMBERSHIPS)));

            assertEquals("PLATFORM_UNREACHABLE", refused.getMessage());
            assertEquals(0, other.requestsTo(MEMBERSHIPS).size(), "the URL from the launch is not called");
            assertEquals(0, platform.tokenRequests(), "no token is asked for it");
        }
    }

    @Test
    void aNextLinkToAnotherOriginIsNotFollowedWithTheToken() {
        platform.on("GET", MEMBERSHIPS, request -> Answer.json(200, container("{\"user_id\":\"5\",\"roles\":[\"Learner\"]}"))
                .withHeader("Link", "<https://evil.example/steal>; rel=\"next\""));

        RosterUnavailable refused = assertThrows(RosterUnavailable.class, () -> roster.members(tool.platformId, platform.url(MEMBERSHIPS)));
        assertTrue(refused.getMessage().contains("OTHER_ORIGIN"), refused.getMessage());
    }

    @Test
    void aRosterThatNeverEndsIsCutOffAtTheCap() {
        platform.on("GET", MEMBERSHIPS, request -> {
            int page = request.uri().getQuery() == null ? 1 : Integer.parseInt(request.uri().getQuery().substring("page=".length()));
            return Answer.json(200, container("{\"user_id\":\"u" + page + "\",\"roles\":[\"Learner\"]}"))
                    .withHeader("Link", "<" + platform.url(MEMBERSHIPS + "?page=" + (page + 1)) + ">; rel=\"next\"");
        });

        RosterUnavailable refused = assertThrows(RosterUnavailable.class, () -> roster.members(tool.platformId, platform.url(MEMBERSHIPS)));
        assertTrue(refused.getMessage().startsWith("TOO_MANY_PAGES"), refused.getMessage());
        assertEquals(NrpsRoster.MAX_PAGES, platform.requestsTo(MEMBERSHIPS).size());
    }

    @Test
    void aNextLinkBackToAPageAlreadyReadEndsTheRoster() throws Exception {
        platform.on("GET", MEMBERSHIPS, request -> Answer.json(200, container("{\"user_id\":\"5\",\"roles\":[\"Learner\"]}"))
                .withHeader("Link", "<" + platform.url(MEMBERSHIPS) + ">; rel=\"next\""));

        assertEquals(1, roster.members(tool.platformId, platform.url(MEMBERSHIPS)).size());
    }

    @Test
    void aRefusedTokenIsReplacedOnce() throws Exception {
        platform.on("GET", MEMBERSHIPS, request -> Answer.json(200, container("{\"user_id\":\"5\",\"roles\":[\"Learner\"]}")));
        roster.members(tool.platformId, platform.url(MEMBERSHIPS));
        platform.revokeTokens();

        assertEquals(1, roster.members(tool.platformId, platform.url(MEMBERSHIPS)).size());
        assertEquals(2, platform.tokenRequests());
    }

    @Test
    void aPlatformThatRefusesSaysSo() {
        platform.on("GET", MEMBERSHIPS, request -> Answer.json(403, "{}"));

        RosterUnavailable refused = assertThrows(RosterUnavailable.class, () -> roster.members(tool.platformId, platform.url(MEMBERSHIPS)));
        assertEquals("HTTP_403", refused.getMessage());
    }

    @Test
    void anAnswerThatIsNoMembershipContainerIsUnavailable() {
        platform.on("GET", MEMBERSHIPS, request -> Answer.of(200, "text/html", "<html>Login</html>"));

        assertThrows(RosterUnavailable.class, () -> roster.members(tool.platformId, platform.url(MEMBERSHIPS)));
    }

    @Test
    void aTokenEndpointThatRefusesMakesTheRosterUnavailable() {
        platform.tokenEndpoint(request -> Answer.of(400, "text/html", "{\"error\":\"invalid_scope\"}"));

        RosterUnavailable refused = assertThrows(RosterUnavailable.class, () -> roster.members(tool.platformId, platform.url(MEMBERSHIPS)));
        assertTrue(refused.getMessage().contains("invalid_scope"), refused.getMessage());
    }

    @Test
    void linkHeadersAreReadInEveryForm() {
        assertEquals(Optional.of("https://c.example/p2"), LinkHeaders.target(List.of(
                "<https://c.example/p1>; rel=\"current\", <https://c.example/p2>; rel=\"next\", <https://c.example/p9>; rel=\"last\""), "next"));
        assertEquals(Optional.of("https://c.example/p2"), LinkHeaders.target(List.of(
                "<https://c.example/p1>; rel=first", "<https://c.example/p2>;rel=next"), "next"));
        assertEquals(Optional.of("https://c.example/p2?a=1,2"), LinkHeaders.target(List.of(
                "<https://c.example/p2?a=1,2>; title=\"x\"; rel=\"prev next\""), "next"));
        assertEquals(Optional.empty(), LinkHeaders.target(List.of("<https://c.example/d>; rel=\"differences\""), "next"));
        assertNull(LinkHeaders.target(List.of(), "next").orElse(null));
    }
}
