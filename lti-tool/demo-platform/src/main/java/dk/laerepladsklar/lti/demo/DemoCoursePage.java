package dk.laerepladsklar.lti.demo;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The demo LMS's course page: pick a person and launch the tool in an iframe, the way Moodle embeds it.
 * The launch goes through the LMS's own launch step, which posts the login initiation to the tool.
 */
@Path("demo-lms")
public class DemoCoursePage {

    @Inject
    DemoPlatform platform;
    @Inject
    DemoDirectory directory;
    @Inject
    DemoPages pages;
    @Inject
    DemoToolClients clients;
    @Context
    UriInfo uriInfo;

    @GET
    @jakarta.ws.rs.Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("lang") String lang) {
        DemoMode.require();
        platform.ensureRegistered(uriInfo.getBaseUri());
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("da");
        ResourceBundle text = pages.text(locale);
        DemoCourse course = directory.mainCourse();
        StringBuilder people = new StringBuilder();
        people.append(button("launch-teacher", course.teacher(), text.getString("page.launchTeacher")));
        for (DemoPerson student : course.students()) {
            people.append(button("launch-" + student.id(), student, text.getString("page.launchStudent")));
        }
        String html = """
                <!DOCTYPE html>
                <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:0;background:#eef1f4;color:#1d2733}
                header{background:#f98012;color:#fff;padding:.6rem 1rem;font-weight:700}
                .wrap{display:grid;grid-template-columns:minmax(14rem,20rem) 1fr;gap:1rem;padding:1rem}
                @media (max-width:800px){.wrap{grid-template-columns:1fr}}
                aside,section{background:#fff;border-radius:.5rem;padding:1rem}
                button{display:block;width:100%%;margin:.3rem 0;padding:.55rem;font:inherit;text-align:left;cursor:pointer}
                iframe{width:100%%;height:75vh;border:1px solid #c9ced4;border-radius:.3rem;background:#fff}
                </style></head>
                <body><header>%2$s</header>
                <div class="wrap"><aside>
                <h1 style="font-size:1.2rem">%3$s</h1>
                <form id="launch-form" method="post" action="%4$s" target="tool-frame">
                <input type="hidden" name="course" value="%5$s">
                <label>%12$s <select name="client" id="client">%13$s</select></label>
                <label>%6$s <select name="locale" id="locale"><option value="da"%7$s>Dansk</option><option value="en"%8$s>English</option></select></label>
                <p><label><input type="checkbox" name="names" id="names" value="1" checked> %9$s</label></p>
                <p><label><input type="checkbox" name="storage" id="storage" value="1"> %18$s</label></p>
                %10$s
                </form>
                <p style="font-size:.9rem;color:#555">%11$s</p>
                <form id="register-form" method="get" action="%14$s" target="tool-frame">
                <h2 style="font-size:1rem">%15$s</h2>
                <input type="url" name="url" id="register-url" value="%16$s" style="width:100%%">
                <button type="submit" id="register-tool">%17$s</button>
                </form>
                </aside>
                <section><iframe name="tool-frame" id="tool-frame" title="Lærepladsklar" allow="autoplay; camera; microphone"></iframe></section>
                </div>
                <script>
                // LTI client-side platform storage (lti.put_data / lti.get_data), kept per tool origin in this page.
                (function () {
                  var store = {};
                  window.addEventListener('message', function (e) {
                    var m = e.data;
                    if (!m || typeof m !== 'object' || typeof m.subject !== 'string') { return; }
                    var bucket = store[e.origin] || (store[e.origin] = {});
                    if (m.subject === 'lti.capabilities') {
                      e.source.postMessage({subject: 'lti.capabilities.response', message_id: m.message_id,
                        supported_messages: [{subject: 'lti.put_data'}, {subject: 'lti.get_data'}]}, e.origin);
                    } else if (m.subject === 'lti.put_data') {
                      bucket[m.key] = m.value;
                      window.lpkStorageWrites = (window.lpkStorageWrites || 0) + 1;
                      e.source.postMessage({subject: 'lti.put_data.response', message_id: m.message_id, key: m.key, value: m.value}, e.origin);
                    } else if (m.subject === 'lti.get_data') {
                      window.lpkStorageReads = (window.lpkStorageReads || 0) + 1;
                      e.source.postMessage({subject: 'lti.get_data.response', message_id: m.message_id, key: m.key, value: bucket[m.key]}, e.origin);
                    }
                  });
                })();
                </script></body></html>
                """.formatted(locale.getLanguage(), DemoPages.escape(text.getString("page.title")),
                DemoPages.escape(course.title()), DemoPages.escape(platform.issuer(uriInfo.getBaseUri()) + "/launch"),
                DemoPages.escape(course.id()), DemoPages.escape(text.getString("page.language")),
                locale.getLanguage().equals("da") ? " selected" : "", locale.getLanguage().equals("en") ? " selected" : "",
                DemoPages.escape(text.getString("page.shareNames")), people,
                DemoPages.escape(text.getString("page.explain")),
                DemoPages.escape(text.getString("page.client")), clientOptions(),
                DemoPages.escape(platform.issuer(uriInfo.getBaseUri()) + "/register-tool"),
                DemoPages.escape(text.getString("page.registerTitle")),
                DemoPages.escape(platform.toolBase(uriInfo.getBaseUri()) + "/api/lti/register"),
                DemoPages.escape(text.getString("page.register")),
                DemoPages.escape(text.getString("page.storage")));
        return DemoPages.html(200, html);
    }

    private String clientOptions() {
        StringBuilder options = new StringBuilder("<option value=\"" + DemoPlatform.CLIENT_ID + "\">Lærepladsklar ("
                + DemoPlatform.CLIENT_ID + ")</option>");
        for (DemoToolClient client : clients.registered()) {
            options.append("<option value=\"").append(DemoPages.escape(client.clientId())).append("\">")
                    .append(DemoPages.escape(client.name() + " (" + client.clientId() + ")")).append("</option>");
        }
        return options.toString();
    }

    private static String button(String id, DemoPerson person, String label) {
        return "<button type=\"submit\" name=\"user\" id=\"" + id + "\" value=\"" + DemoPages.escape(person.id()) + "\">"
                + DemoPages.escape(label) + ": " + DemoPages.escape(person.name()) + "</button>";
    }

    /** The LMS's launch step (Moodle's launch.php): posts the OIDC login initiation to the tool. */
    @POST
    @Path("launch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@FormParam("course") String courseId, @FormParam("user") String userId,
                           @FormParam("locale") String locale, @FormParam("names") String names,
                           @FormParam("client") String clientId, @FormParam("storage") String storage) {
        DemoMode.require();
        platform.ensureRegistered(uriInfo.getBaseUri());
        DemoCourse course = directory.course(courseId).orElse(null);
        if (course == null || directory.person(course, userId).isEmpty()) {
            return pages.error("auth.error.user");
        }
        DemoToolClient client = clients.find(clientId == null || clientId.isBlank() ? DemoPlatform.CLIENT_ID : clientId,
                uriInfo.getBaseUri()).orElse(null);
        if (client == null) {
            return pages.error("auth.error.client");
        }
        String language = "en".equals(locale) ? "en" : "da";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", platform.issuer(uriInfo.getBaseUri()));
        fields.put("target_link_uri", client.targetLinkUri());
        fields.put("login_hint", userId);
        fields.put("lti_message_hint", new LaunchRequestHint(course.id(), language, "1".equals(names)).encode());
        fields.put("client_id", client.clientId());
        fields.put("lti_deployment_id", client.deploymentId());
        if ("1".equals(storage)) {
            fields.put("lti_storage_target", "_parent");
        }
        return pages.autoPost(client.loginUri(), fields, Locale.forLanguageTag(language));
    }
}
