package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Placements appear once the LMS uses them, and every page says the same of a student: over HTTP through the demo
 * LMS, on WildFly with PostgreSQL.
 * <ul>
 *   <li>A teacher picks a module in Deep Linking and cancels the LMS's dialog: the tool made a provisional placement,
 *   and no page shows it (no column, nothing on "Mit forløb", the player does not open it). A link the LMS kept shows
 *   up at its first launch, not before.</li>
 *   <li>A student who opened a module and did no step reads "Åbnet, ikke begyndt" on the class page and on the
 *   module's overview, and on their own "Mit forløb" (in English: "Opened, not started").</li>
 *   <li>A provisional placement unused for 30 days is deleted by the cleanup (a fresher one and a bound one stay),
 *   and the link the LMS kept still opens the module.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlacementsAndStatesIT {

    private static final String NETWORKING = "teaching-module:networking";
    private static final Pattern PLACEMENT_COLUMN = Pattern.compile("data-placement=\"([0-9a-f-]{36})\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
    }

    @Test
    void aCancelledDeepLinkingShowsNowhereAndAKeptLinkAppearsAtItsFirstLaunch() throws Exception {
        String course = "course-5801";
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        HtmlForm neverSent = new ContentPicker(client, tool.toolBase()).choose(teacher, picker.body(), List.of(NETWORKING));
        assertTrue(neverSent.fields().containsKey("JWT"), "the tool answered with a signed response");
        // The teacher closes the LMS's dialog: the answer never reaches the LMS, which keeps no link.
        assertTrue(DemoGradebook.of(client, tool, course).links().isEmpty());
        List<String> made = placements(course);
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).endsWith("@-"), "provisional: " + made);
        UUID cancelled = UUID.fromString(made.get(0).substring(0, 36));

        LaunchResult classPage = client.launch(new CookieJar(), course, "teacher-5801", "da", true);
        assertTrue(classPage.landingUrl().contains("/teacher/class.xhtml"), classPage.landingUrl());
        assertEquals(Set.of(), columns(classPage.body()), "no column for an activity the LMS never kept");
        assertTrue(text(classPage.body(), "no-activities").startsWith("Der er ingen aktiviteter i forløbet endnu"), classPage.body());

        CookieJar student = new CookieJar();
        LaunchResult home = client.launch(student, course, "student-5801-1", "da", true);
        assertTrue(home.landingUrl().contains("/student/home.xhtml"), home.landingUrl());
        assertTrue(text(home.body(), "no-activities").startsWith("Din lærer har ikke lagt nogen opgaver ud endnu"), home.body());
        String play = client.get(tool.toolBase() + LaunchContextParam.with("/modules/play.xhtml?placement=" + cancelled,
                home.landingUrl()), student).body();
        assertTrue(play.contains("Vi kan ikke finde modulet") && !play.contains("id=\"step-title\""), play);

        // Placed again, and this time the LMS keeps the link: still no column until the link is launched.
        CookieJar again = new CookieJar();
        LaunchResult secondPicker = client.selectContent(again, null, course, "da");
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(again, secondPicker.body(), List.of(NETWORKING)).statusCode());
        String link = DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
        assertEquals(Set.of(), columns(client.launch(new CookieJar(), course, "teacher-5801", "da", true).body()));

        LaunchResult first = client.launchLink(student, course, link, "student-5801-1", "da", true);
        assertTrue(first.landingUrl().contains("/modules/play.xhtml?placement="), first.landingUrl());
        UUID bound = UUID.fromString(first.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1"));
        assertNotEquals(cancelled, bound);
        assertEquals(Set.of(bound.toString()), columns(client.launch(new CookieJar(), course, "teacher-5801", "da", true).body()),
                "the launched link is a column; the cancelled choice never is");
        assertTrue(placements(course).contains(cancelled + "@-"), "the cancelled one waits for the cleanup");
    }

    @Test
    void aStudentWhoOpenedAModuleButDidNoStepReadsTheSameOnEveryPage() throws Exception {
        String course = "course-5802";
        String opener = "student-5802-1";
        String link = placeAndKeep(course);
        LaunchResult opened = client.launchLink(new CookieJar(), course, link, opener, "da", true);
        assertTrue(opened.landingUrl().contains("/modules/play.xhtml?placement="), opened.landingUrl());
        assertEquals("Du har et netværk", text(opened.body(), "step-title"));

        CookieJar teacher = new CookieJar();
        LaunchResult overview = client.launchLink(teacher, course, link, "teacher-5802", "da", true);
        assertTrue(overview.landingUrl().contains("/modules/overview.xhtml?placement="), overview.landingUrl());
        assertEquals("Åbnet, ikke begyndt", overviewState(overview.body(), opener));
        String classPage = client.get(tool.toolBase() + LaunchContextParam.with("/teacher/class.xhtml", overview.landingUrl()),
                teacher).body();
        assertEquals("Åbnet, ikke begyndt", classState(classPage, opener));
        assertEquals("Ikke åbnet endnu", classState(classPage, "student-5802-2"));
        assertFalse(rowOf(classPage, opener).contains("har ikke åbnet endnu"), rowOf(classPage, opener));
        assertTrue(rowOf(classPage, "student-5802-2").contains("(har ikke åbnet endnu)"), rowOf(classPage, "student-5802-2"));

        CookieJar english = new CookieJar();
        LaunchResult inEnglish = client.launchLink(english, course, link, "teacher-5802", "en", true);
        assertEquals("Opened, not started", overviewState(inEnglish.body(), opener));
        assertEquals("Opened, not started", classState(client.get(tool.toolBase()
                + LaunchContextParam.with("/teacher/class.xhtml", inEnglish.landingUrl()), english).body(), opener));

        // The student's own page says it too, with where to go on.
        CookieJar student = new CookieJar();
        LaunchResult home = client.launch(student, course, opener, "da", true);
        assertTrue(home.landingUrl().contains("/student/home.xhtml"), home.landingUrl());
        assertEquals("Åbnet, ikke begyndt", text(home.body(), "activity-state-1"));
        assertEquals("0 af 8 trin", text(home.body(), "activity-progress-1"));
        assertEquals("Næste: Du har et netværk", text(home.body(), "activity-next-1"));
        LaunchResult homeInEnglish = client.launch(new CookieJar(), course, opener, "en", true);
        assertEquals("Use your network", text(homeInEnglish.body(), "activity-title-1"));
        assertEquals("Opened, not started", text(homeInEnglish.body(), "activity-state-1"));
        assertEquals("0 of 8 steps", text(homeInEnglish.body(), "activity-progress-1"));
        assertEquals("Next: You have a network", text(homeInEnglish.body(), "activity-next-1"));
    }

    @Test
    void aProvisionalPlacementUnusedForThirtyDaysIsDeletedAndItsKeptLinkStillOpensTheModule() throws Exception {
        String course = "course-5803";
        String link = placeAndKeep(course);
        UUID old = UUID.fromString(placements(course).get(0).substring(0, 36));
        Instant now = Instant.now();
        setMadeAt(old, now.minus(Duration.ofDays(31)));
        UUID platform = platformOf(old);
        UUID fresh = insertPlacement(platform, course, null, now.minus(Duration.ofDays(29)));
        UUID boundLongAgo = insertPlacement(platform, course, "link-it-5803-bound", now.minus(Duration.ofDays(400)));

        // The cleanup runs every minute; a busy machine may fire it late.
        long deadline = System.currentTimeMillis() + 150_000;
        while (exists(old) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
        }
        assertFalse(exists(old), "a placement never launched in 31 days is deleted");
        assertTrue(exists(fresh), "one made 29 days ago waits");
        assertTrue(exists(boundLongAgo), "a bound placement is the LMS's: never deleted");

        // The LMS still has the link: its first launch makes the placement again from the link's parameters.
        LaunchResult launch = client.launchLink(new CookieJar(), course, link, "student-5803-1", "da", true);
        assertTrue(launch.landingUrl().contains("/modules/play.xhtml?placement="), launch.landingUrl());
        assertEquals("Du har et netværk", text(launch.body(), "step-title"));
        UUID made = UUID.fromString(launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1"));
        assertEquals(link + "|networking|100.0|Brug dit netværk", describe(made));
    }

    // ---- the demo course

    /** Places the networking module with "Vælg indhold"; the LMS keeps the link. */
    private String placeAndKeep(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertTrue(picker.landed(), picker.body());
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(NETWORKING)).statusCode());
        return DemoGradebook.of(client, tool, course).linkFor(NETWORKING);
    }

    /** The placement ids of the class page's columns. */
    private static Set<String> columns(String classPage) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PLACEMENT_COLUMN.matcher(classPage);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The state word in a student's cell of the class page. */
    private static String classState(String classPage, String subject) {
        Matcher cell = Pattern.compile("class=\"lpk-cell [^\"]*\"[^>]*data-subject=\"" + Pattern.quote(subject) + "\"")
                .matcher(classPage);
        assertTrue(cell.find(), "no cell of " + subject + " in " + classPage);
        Matcher word = Pattern.compile("class=\"lpk-state-word\">([^<]*)<").matcher(classPage);
        assertTrue(word.find(cell.end()), classPage);
        return word.group(1).strip();
    }

    /** The table row of a student on the class page. */
    private static String rowOf(String classPage, String subject) {
        int at = classPage.indexOf("class=\"lpk-student\" data-subject=\"" + subject + "\"");
        assertTrue(at >= 0, "no row of " + subject + " in " + classPage);
        int end = classPage.indexOf("</tr>", at);
        return classPage.substring(at, end < 0 ? classPage.length() : end);
    }

    /** The state column of a student on the module's overview. */
    private static String overviewState(String overviewPage, String subject) {
        Matcher m = Pattern.compile("data-state-of=\"" + Pattern.quote(subject) + "\">([^<]*)<").matcher(overviewPage);
        assertTrue(m.find(), "no state of " + subject + " in " + overviewPage);
        return m.group(1).strip();
    }

    /** The text inside the element with this id, tags removed. */
    private static String text(String html, String id) {
        Matcher start = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(start.find(), () -> "no element " + id + " in " + html);
        String tag = start.group(1);
        int depth = 1;
        Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
        tags.region(start.end(), html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(start.end(), tags.start()).replaceAll("<[^>]+>", " ").replace("&amp;", "&")
                        .replace("&quot;", "\"").replaceAll("\\s+", " ").strip();
            }
        }
        throw new AssertionError("unclosed " + id);
    }

    // ---- the database

    /** "id@link" per placement of the course, oldest first; "@-" for a provisional one. */
    private static List<String> placements(String course) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select id, coalesce(resource_link_id, '-') from placement "
                     + "where context_id = ? order by created_at")) {
            query.setString(1, course);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "@" + rs.getString(2));
                }
            }
            return rows;
        }
    }

    private static void setMadeAt(UUID placement, Instant at) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement update = db.prepareStatement("update placement set created_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setObject(2, placement);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static UUID platformOf(UUID placement) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select platform_id from placement where id = ?")) {
            query.setObject(1, placement);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next());
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static UUID insertPlacement(UUID platform, String course, String link, Instant madeAt) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement insert = db.prepareStatement("insert into placement (id, platform_id, context_id, resource_link_id, "
                     + "activity_type, activity_key, title, score_maximum, created_at) "
                     + "values (?, ?, ?, ?, 'teaching-module', 'job-interview', 'Jobsamtalen', 100, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, platform);
            insert.setString(3, course);
            insert.setString(4, link);
            insert.setTimestamp(5, Timestamp.from(madeAt));
            insert.executeUpdate();
        }
        return id;
    }

    private static boolean exists(UUID placement) throws Exception {
        return describe(placement) != null;
    }

    /** "link|key|maximum|title" of a placement, or null when there is none. */
    private static String describe(UUID placement) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select resource_link_id, activity_key, score_maximum, title "
                     + "from placement where id = ?")) {
            query.setObject(1, placement);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getDouble(3) + "|" + rs.getString(4) : null;
            }
        }
    }
}
