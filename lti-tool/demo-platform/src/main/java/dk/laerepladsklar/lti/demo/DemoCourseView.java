package dk.laerepladsklar.lti.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The HTML of the course page. Element ids tests rely on: {@code launch-form}, {@code client}, {@code locale},
 * {@code names}, {@code storage}, {@code launch-teacher}, {@code launch-<studentId>}, {@code launch-<mentorId>},
 * {@code launch-<observerId>}, {@code select-content}
 * (Deep Linking), {@code link-<linkId>} and {@code launch-<linkId>-<userId>} (placed links),
 * {@code placed-notice}, {@code gradebook-link}, {@code ags-mode-form}, {@code ags-mode}, {@code ags-mode-users},
 * {@code ags-mode-apply}, {@code ags-mode-current}, {@code register-form}, {@code register-url},
 * {@code register-tool} and {@code tool-frame}.
 */
final class DemoCourseView {

    private final ResourceBundle text;
    private final Locale locale;
    private final String issuer;
    private final DemoCourse course;

    DemoCourseView(ResourceBundle text, Locale locale, String issuer, DemoCourse course) {
        this.text = text;
        this.locale = locale;
        this.issuer = issuer;
        this.course = course;
    }

    String render(DemoToolClient builtIn, List<DemoToolClient> registered, List<DemoResourceLink> links,
                  List<DemoLineItem> columns, DemoAgsMode mode, Integer placed, String toolRegistrationUrl,
                  boolean mediaInFrame) {
        String language = locale.getLanguage();
        StringBuilder people = new StringBuilder();
        people.append(button("launch-teacher", course.teacher(), t("page.launchTeacher"), null));
        for (DemoPerson student : course.students()) {
            people.append(button("launch-" + student.id(), student, t("page.launchStudent"), null));
        }
        for (DemoPerson visitor : course.visitors()) {
            people.append(button("launch-" + visitor.id(), visitor, visitorLabel(visitor), null));
        }
        return """
                <!DOCTYPE html>
                <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s</title>
                <script>if (window.top !== window.self) { window.top.location.href = window.location.href; }</script>
                <style>
                body{font-family:system-ui,sans-serif;margin:0;background:#eef1f4;color:#1d2733}
                header{background:#f98012;color:#fff;padding:.6rem 1rem;font-weight:700}
                .wrap{display:grid;grid-template-columns:minmax(14rem,20rem) 1fr;gap:1rem;padding:1rem}
                @media (max-width:800px){.wrap{grid-template-columns:1fr}}
                aside,section{background:#fff;border-radius:.5rem;padding:1rem}
                button{display:block;width:100%%;margin:.3rem 0;padding:.55rem;font:inherit;text-align:left;cursor:pointer}
                .placed{border-top:1px solid #c9ced4;margin-top:.6rem;padding-top:.4rem}
                .notice{background:#e6f4ea;padding:.4rem;border-radius:.3rem}
                iframe{width:100%%;height:75vh;border:1px solid #c9ced4;border-radius:.3rem;background:#fff}
                </style></head>
                <body><header>%2$s</header>
                <div class="wrap"><aside>
                <h1 style="font-size:1.2rem">%3$s</h1>
                %4$s
                <form id="launch-form" method="post" action="%5$s" target="tool-frame">
                <input type="hidden" name="course" value="%6$s">
                <label>%7$s <select name="client" id="client">%8$s</select></label>
                <label>%9$s <select name="locale" id="locale"><option value="da"%10$s>Dansk</option><option value="en"%11$s>English</option></select></label>
                <p><label><input type="checkbox" name="names" id="names" value="1" checked> %12$s</label></p>
                <p><label><input type="checkbox" name="storage" id="storage" value="1"> %13$s</label></p>
                %14$s
                <button type="submit" name="message" value="%15$s" id="select-content">%16$s</button>
                %17$s
                </form>
                <p style="font-size:.9rem;color:#555">%18$s</p>
                <p><a id="gradebook-link" href="%19$s" target="tool-frame">%20$s</a></p>
                %21$s
                <form id="register-form" method="get" action="%22$s" target="tool-frame">
                <h2 style="font-size:1rem">%23$s</h2>
                <input type="url" name="url" id="register-url" value="%24$s" style="width:100%%">
                <button type="submit" id="register-tool">%25$s</button>
                </form>
                </aside>
                <section><iframe name="tool-frame" id="tool-frame" title="Lærepladsklar" allow="%26$s"></iframe></section>
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
                """.formatted(language, e(t("page.title")), e(course.title()),
                placed == null ? "" : "<p class=\"notice\" id=\"placed-notice\">" + e(t("page.placed").formatted(placed)) + "</p>",
                e(issuer + "/launch"), e(course.id()), e(t("page.client")), clientOptions(builtIn, registered),
                e(t("page.language")), "da".equals(language) ? " selected" : "", "en".equals(language) ? " selected" : "",
                e(t("page.shareNames")), e(t("page.storage")), people, DemoCoursePage.DEEP_LINKING,
                e(t("page.selectContent")), placedLinks(links, columns), e(t("page.explain")),
                e(issuer + "/courses/" + url(course.id()) + "/gradebook?lang=" + language), e(t("page.gradebook")),
                agsModeForm(mode), e(issuer + "/register-tool"), e(t("page.registerTitle")), e(toolRegistrationUrl),
                e(t("page.register")), e(mediaInFrame ? framePermissions(builtIn, registered) : "autoplay"));
    }

    /**
     * What the tool frame may use, as Moodle 4.5 writes it ({@code mod/lti/view.php}): camera and microphone for the
     * tools' own origins. A bare {@code camera} would grant them only to the frame's {@code src}, and this frame has
     * none (launches are posted into it), so a tool could never record. The course page's {@code ?frame=no-camera}
     * leaves both out (only {@code autoplay}), as a platform that does not grant them.
     */
    static String framePermissions(DemoToolClient builtIn, List<DemoToolClient> registered) {
        java.util.LinkedHashSet<String> origins = new java.util.LinkedHashSet<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(builtIn), registered.stream())
                .map(DemoToolClient::loginUri).forEach(uri -> {
                    try {
                        java.net.URI u = java.net.URI.create(uri);
                        if (u.getScheme() != null && u.getHost() != null) {
                            origins.add(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
                        }
                    } catch (IllegalArgumentException e) {
                        // a registered tool with a broken login address simply gets no permission
                    }
                });
        String list = String.join(" ", origins);
        return list.isEmpty() ? "autoplay" : "autoplay; camera " + list + "; microphone " + list;
    }

    private String placedLinks(List<DemoResourceLink> links, List<DemoLineItem> columns) {
        StringBuilder html = new StringBuilder("<div class=\"placed\"><h2 style=\"font-size:1rem\">")
                .append(e(t("page.links"))).append("</h2>");
        if (links.isEmpty()) {
            html.append("<p id=\"no-links\">").append(e(t("page.noLinks"))).append("</p>");
        }
        for (DemoResourceLink link : links) {
            html.append("<div id=\"link-").append(e(link.id())).append("\"><h3 style=\"font-size:.95rem\">")
                    .append(e(link.title())).append("</h3><p style=\"font-size:.85rem\">").append(e(t("page.columns")))
                    .append(' ').append(e(columnsOf(link, columns))).append("</p>");
            String action = issuer + "/launch?link=" + url(link.id());
            html.append(button("launch-" + link.id() + "-" + course.teacher().id(), course.teacher(),
                    t("page.launchTeacher"), action));
            for (DemoPerson student : course.students()) {
                html.append(button("launch-" + link.id() + "-" + student.id(), student, t("page.launchStudent"), action));
            }
            for (DemoPerson visitor : course.visitors()) {
                html.append(button("launch-" + link.id() + "-" + visitor.id(), visitor, visitorLabel(visitor), action));
            }
            html.append("</div>");
        }
        return html.append("</div>").toString();
    }

    private String visitorLabel(DemoPerson visitor) {
        return visitor.kind() == DemoPerson.Kind.MENTOR ? t("page.launchMentor") : t("page.launchObserver");
    }

    private String columnsOf(DemoResourceLink link, List<DemoLineItem> columns) {
        List<String> names = columns.stream().filter(c -> link.id().equals(c.resourceLinkId()))
                .map(c -> c.label() + " (" + DemoGradebookPage.number(c.scoreMaximum()) + ")").toList();
        return names.isEmpty() ? t("page.noColumns") : String.join(", ", names);
    }

    private String agsModeForm(DemoAgsMode mode) {
        String current = mode.mode().name().toLowerCase(Locale.ROOT);
        StringBuilder options = new StringBuilder();
        for (DemoAgsMode.Mode m : DemoAgsMode.Mode.values()) {
            String value = m.name().toLowerCase(Locale.ROOT);
            options.append("<option value=\"").append(value).append('"').append(value.equals(current) ? " selected" : "")
                    .append('>').append(e(t("page.agsMode." + value))).append("</option>");
        }
        return """
                <form id="ags-mode-form" method="post" action="%s">
                <h2 style="font-size:1rem">%s</h2>
                <input type="hidden" name="course" value="%s"><input type="hidden" name="lang" value="%s">
                <p>%s <strong id="ags-mode-current">%s</strong></p>
                <label>%s <select name="mode" id="ags-mode">%s</select></label>
                <label>%s <input type="text" name="users" id="ags-mode-users" value="%s" style="width:100%%"></label>
                <button type="submit" id="ags-mode-apply">%s</button>
                </form>
                """.formatted(e(issuer + "/ags-mode"), e(t("page.agsTitle")), e(course.id()), locale.getLanguage(),
                e(t("page.agsCurrent")), e(t("page.agsMode." + current)), e(t("page.agsMode")), options,
                e(t("page.agsUsers")), e(String.join(", ", mode.users())), e(t("page.agsApply")));
    }

    private static String clientOptions(DemoToolClient builtIn, List<DemoToolClient> registered) {
        StringBuilder options = new StringBuilder("<option value=\"" + e(builtIn.clientId()) + "\">Lærepladsklar ("
                + e(builtIn.clientId()) + ")</option>");
        for (DemoToolClient client : registered) {
            options.append("<option value=\"").append(e(client.clientId())).append("\">")
                    .append(e(client.name() + " (" + client.clientId() + ")")).append("</option>");
        }
        return options.toString();
    }

    private static String button(String id, DemoPerson person, String label, String formAction) {
        return "<button type=\"submit\" name=\"user\" id=\"" + e(id) + "\" value=\"" + e(person.id()) + "\""
                + (formAction == null ? "" : " formaction=\"" + e(formAction) + "\"") + ">"
                + e(label) + ": " + e(person.name()) + "</button>";
    }

    private String t(String key) {
        return text.getString(key);
    }

    private static String e(String text) {
        return DemoPages.escape(text);
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
