package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher's first minute: a placed link opens the class table for that link (no activity chooser); only a link
 * without an activity shows the chooser; the teachers' help is theirs; column titles and PrimeFaces' own texts follow
 * the launch's language; the front page lists every address an IT admin needs, in the browser's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherFirstMinuteIT {

    private static final String COURSE = "course-5601";
    private static final String TEACHER = "teacher-5601";
    private static final String NETWORKING = "teaching-module:networking";
    private static final Pattern HEADERS = Pattern.compile("<th[^>]*>(.*?)</th>", Pattern.DOTALL);

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
    void aPlacedLinkOpensItsClassTableAndOnlyALinkWithoutAnActivityShowsTheChooser() throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult plain = client.launch(teacher, COURSE, TEACHER, "da", true);
        assertTrue(plain.landingUrl().contains("/teacher/class.xhtml?lc="), plain.landingUrl());
        assertTrue(plain.body().contains("id=\"choose-section\""), "a link without an activity offers the chooser");

        String link = placeNetworking(teacher, "da");
        LaunchResult placed = client.launchLink(teacher, COURSE, link, TEACHER, "da", true);
        assertTrue(placed.landingUrl().contains("/modules/overview.xhtml?placement="), placed.landingUrl());
        assertTrue(placed.body().contains("id=\"students-title\""), "the class table of the link");
        assertFalse(placed.body().contains("choose-section"), "no chooser on a placed link");
        String classPage = page("/teacher/class.xhtml", placed, teacher);
        assertFalse(classPage.contains("choose-section"), "no chooser on the class page of a placed link");
        assertTrue(classPage.contains("id=\"overview:students\""), classPage);
    }

    @Test
    void columnTitlesFollowTheLaunchLanguageNotTheLanguageTheLinkWasPlacedIn() throws Exception {
        CookieJar teacher = new CookieJar();
        String link = placeNetworking(teacher, "da");

        CookieJar englishJar = new CookieJar();
        LaunchResult english = client.launchLink(englishJar, COURSE, link, TEACHER, "en", true);
        String englishClass = page("/teacher/class.xhtml", english, englishJar);
        List<String> englishHeaders = headers(englishClass);
        assertTrue(englishHeaders.stream().anyMatch(h -> h.contains("Use your network")), englishHeaders.toString());
        assertFalse(englishHeaders.stream().anyMatch(h -> h.contains("Brug dit netværk")), englishHeaders.toString());
        assertTrue(englishClass.contains("lang=\"en\""), "the page says its language");
        assertTrue(englishClass.contains(">The class<"), "all texts in the launch's language");

        CookieJar danishJar = new CookieJar();
        LaunchResult danish = client.launchLink(danishJar, COURSE, link, TEACHER, "da", true);
        String danishClass = page("/teacher/class.xhtml", danish, danishJar);
        assertTrue(headers(danishClass).stream().anyMatch(h -> h.contains("Brug dit netværk")), headers(danishClass).toString());
        // PrimeFaces' own sort control (the phone layout's drop-down) in the page's language.
        assertTrue(danishClass.contains("Sortér"), "the sort label in Danish");
        assertTrue(danishClass.contains("stigende") && danishClass.contains("faldende"), "sort orders in Danish");
        assertFalse(danishClass.contains("Ascending") || danishClass.contains(">Sort<"), "no English sort texts on a Danish page");
        assertTrue(englishClass.contains("ascending") && !englishClass.contains("stigende"), "sort orders in English");
    }

    @Test
    void teachersHaveAHelpPageOfTheirOwnAndStudentsKeepTheirs() throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult plain = client.launch(teacher, COURSE, TEACHER, "da", true);
        assertTrue(navHelp(plain.body()).contains("/teacher/help.xhtml"), navHelp(plain.body()));
        HttpResponse<String> help = client.get(tool.toolBase() + LaunchContextParam.with("/teacher/help.xhtml", plain.landingUrl()), teacher);
        assertEquals(200, help.statusCode());
        assertTrue(help.body().contains("Hjælp til lærere"), help.body());
        assertTrue(help.body().contains("Sådan kommer pointene i karakterbogen"), "how scores reach the gradebook");
        assertTrue(help.body().contains("Hvis pointene ikke kan sendes"), "what to do when a score is refused");
        for (String code : List.of("NOT_A_STUDENT", "NO_ROSTER_SERVICE", "NO_GRADEBOOK_COLUMN", "PLATFORM_UNREACHABLE")) {
            assertTrue(Pattern.compile("data-code=\"" + code + "\">[^<]{40,}</dd>").matcher(help.body()).find(), code);
        }
        assertTrue(page("/teacher/class.xhtml", plain, teacher).contains("id=\"teacher-help\""), "linked from the class page");

        CookieJar student = new CookieJar();
        LaunchResult studentLaunch = client.launch(student, COURSE, "student-5601-1", "da", true);
        assertTrue(navHelp(studentLaunch.body()).contains("/student/help.xhtml"), navHelp(studentLaunch.body()));
        assertEquals(403, client.get(tool.toolBase() + LaunchContextParam.with("/teacher/help.xhtml", studentLaunch.landingUrl()),
                student).statusCode());
    }

    @Test
    void theFrontPageListsEveryAddressAnItAdminNeedsInTheBrowsersLanguage() throws Exception {
        String english = front("en-GB,en;q=0.9,da;q=0.5");
        assertTrue(english.contains("<html") && english.contains("lang=\"en\""), english);
        assertTrue(english.contains("For the school's IT admin"), english);
        String danish = front("da,en;q=0.8");
        assertTrue(danish.contains("lang=\"da\""), danish);
        assertTrue(danish.contains("Til skolens IT-administrator"), danish);
        assertTrue(front("en;q=0.2, da;q=0.9").contains("lang=\"da\""), "the weights decide");
        assertTrue(front("x;q=banana,,;").contains("lang=\"da\""), "a broken header gets Danish");
        assertTrue(front(null).contains("lang=\"da\""));

        for (String[] address : new String[][] {{"registration", "/api/lti/register"}, {"canvas", "/api/lti/canvas-configuration"},
                {"login", "/api/lti/login"}, {"launch", "/api/lti/launch"}, {"jwks", "/api/lti/jwks"}, {"target", "/"},
                {"deepLinking", "/"}, {"admin", "/admin/platforms.xhtml"}}) {
            Matcher shown = Pattern.compile("id=\"" + address[0] + "-url\"[^>]*>(http[^<]+)<").matcher(english);
            assertTrue(shown.find(), address[0]);
            assertTrue(shown.group(1).endsWith(address[1]), address[0] + ": " + shown.group(1));
            assertTrue(english.contains("data-copy=\"" + address[0] + "-url\""), address[0] + " can be copied");
        }
        assertTrue(english.contains("invitation"), "the registration URL's invitation is explained");
        HttpResponse<String> canvas = http(URI.create(tool.toolBase() + "/api/lti/canvas-configuration"), null);
        assertEquals(200, canvas.statusCode(), "the Canvas configuration the page lists is there");
    }

    @Test
    void onAPhoneTheSortControlIsDanishAndTheFrontPageFitsTheScreen() throws Exception {
        ChromeDriver browser = Chromium.start(false);
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            JavascriptExecutor js = browser;
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            browser.get(tool.toolBase() + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-url")));
            long width = (Long) js.executeScript("return document.documentElement.clientWidth;");
            long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(scroll <= width, "the front page fits a " + width + " px screen, it is " + scroll + " px wide");

            CookieJar teacher = new CookieJar();
            placeNetworking(teacher, "da");
            browser.get(tool.lmsBase() + "?course=" + COURSE);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("launch-teacher"))).click();
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overview:students")));
            String locale = (String) js.executeScript("return PrimeFaces.settings.locale;");
            assertTrue(locale.startsWith("da"), locale);
            String ascending = (String) js.executeScript("return PrimeFaces.getLocaleSettings().aria['datatable.sort.ASC'];");
            assertTrue(ascending.contains("stigende"), ascending);
            String control = (String) js.executeScript("var s = document.querySelector('.ui-reflow-dropdown');"
                    + "var l = s && s.id ? document.querySelector(\"label[for='\" + s.id + \"']\") : null;"
                    + "return (l ? l.textContent : '') + ' | ' + (s ? s.textContent : '');");
            assertTrue(control.contains("Sortér") && control.contains("stigende"), control);
            assertFalse(control.contains("Ascending") || control.contains("Sort "), control);
        } finally {
            browser.quit();
        }
    }

    /** Places the networking module in the course with "Vælg indhold" in this language; the link's id. */
    private String placeNetworking(CookieJar teacher, String locale) throws Exception {
        DemoGradebook before = DemoGradebook.of(client, tool, COURSE);
        if (before.links().size() > 0) {
            return before.linkFor(NETWORKING);
        }
        LaunchResult picker = client.selectContent(teacher, null, COURSE, locale);
        assertTrue(picker.landed(), picker.body());
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(NETWORKING)).statusCode());
        return DemoGradebook.of(client, tool, COURSE).linkFor(NETWORKING);
    }

    private String page(String path, LaunchResult launch, CookieJar jar) throws Exception {
        HttpResponse<String> response = client.get(tool.toolBase() + LaunchContextParam.with(path, launch.landingUrl()), jar);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static List<String> headers(String page) {
        Matcher header = HEADERS.matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (header.find()) {
            found.add(header.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
        }
        return found;
    }

    private static String navHelp(String page) {
        Matcher link = Pattern.compile("<a[^>]*id=\"nav-help\"[^>]*>").matcher(page);
        return link.find() ? link.group() : "";
    }

    private String front(String acceptLanguage) throws Exception {
        HttpResponse<String> response = http(URI.create(tool.toolBase() + "/"), acceptLanguage);
        assertEquals(200, response.statusCode(), String.valueOf(acceptLanguage));
        return response.body();
    }

    private static HttpResponse<String> http(URI uri, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
