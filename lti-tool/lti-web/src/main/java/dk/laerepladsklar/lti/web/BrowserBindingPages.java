package dk.laerepladsklar.lti.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.login.PendingLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The two small pages that bind a login to the browser that started it when third-party cookies may be
 * blocked. The login page keeps the login's browser secret in the platform's storage (LTI client-side
 * postMessage storage, {@code lti.put_data}) when the platform offers it, and in the tool's own
 * (partitioned) window storage, then goes on to the platform. If the launch arrives without the
 * partitioned cookie, the recovery page reads the secret back ({@code lti.get_data}) and posts it with
 * the launch. The secret never appears in a URL.
 */
@ApplicationScoped
public class BrowserBindingPages {

    static final String STORAGE_SECRET = "lti_storage_secret";
    static final String STORAGE_ATTEMPTED = "lti_storage_attempted";

    private static final String LOGIN_SCRIPT = """
            (function () {
              var d = JSON.parse(document.getElementById('lpk-login').textContent);
              var key = 'lpk-login-' + d.state, done = false;
              function go() { if (!done) { done = true; location.replace(d.authUrl); } }
              try { sessionStorage.setItem(key, d.secret); } catch (e) { /* storage blocked: cookie or platform storage */ }
              if (!d.target) { go(); return; }
              var frame = d.target === '_parent' ? window.parent : (window.parent.frames[d.target] || window.parent);
              var id = 'lpk-' + Math.random().toString(36).slice(2);
              window.addEventListener('message', function (e) {
                if (e.origin === d.origin && e.data && e.data.subject === 'lti.put_data.response' && e.data.message_id === id) { go(); }
              });
              try { frame.postMessage({subject: 'lti.put_data', message_id: id, key: key, value: d.secret}, d.origin); } catch (e) { go(); }
              setTimeout(go, 2000);
            })();""";

    private static final String RECOVERY_SCRIPT = """
            (function () {
              var d = JSON.parse(document.getElementById('lpk-recover').textContent);
              var form = document.getElementById('lpk-relaunch'), key = 'lpk-login-' + d.state, done = false;
              function post(secret) {
                if (done) { return; }
                done = true;
                form.elements['lti_storage_secret'].value = secret || '';
                form.submit();
              }
              var local = null;
              try { local = sessionStorage.getItem(key); sessionStorage.removeItem(key); } catch (e) { local = null; }
              if (local) { post(local); return; }
              if (!d.target) { post(''); return; }
              var frame = d.target === '_parent' ? window.parent : (window.parent.frames[d.target] || window.parent);
              var id = 'lpk-' + Math.random().toString(36).slice(2);
              window.addEventListener('message', function (e) {
                if (e.origin === d.origin && e.data && e.data.subject === 'lti.get_data.response' && e.data.message_id === id) {
                  post(e.data.value);
                }
              });
              try { frame.postMessage({subject: 'lti.get_data', message_id: id, key: key}, d.origin); } catch (e) { post(''); }
              setTimeout(function () { post(''); }, 2000);
            })();""";

    public Response loginPage(String authUrl, PendingLogin login, String setCookie, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authUrl", authUrl);
        data.put("state", login.state());
        data.put("secret", login.browserSecret());
        data.put("target", login.usesPlatformStorage() ? login.storageTarget() : null);
        data.put("origin", login.storageOrigin());
        ResourceBundle text = Bundles.messages(locale);
        String html = page(locale, "no-referrer", text.getString("login.wait"), "lpk-login", data, LOGIN_SCRIPT,
                "<noscript><a id=\"continue\" href=\"" + FailurePage.escape(authUrl) + "\">"
                        + FailurePage.escape(text.getString("login.continue")) + "</a></noscript>");
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Set-Cookie", setCookie)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    public Response recoveryPage(String launchUrl, String idToken, PendingLogin login, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("state", login.state());
        data.put("target", login.usesPlatformStorage() ? login.storageTarget() : null);
        data.put("origin", login.storageOrigin());
        ResourceBundle text = Bundles.messages(locale);
        String form = "<form id=\"lpk-relaunch\" method=\"post\" action=\"" + FailurePage.escape(launchUrl) + "\">"
                + hidden("id_token", idToken) + hidden("state", login.state()) + hidden(STORAGE_SECRET, "")
                + hidden(STORAGE_ATTEMPTED, "1")
                + "<noscript><button type=\"submit\">" + FailurePage.escape(text.getString("login.continue"))
                + "</button></noscript></form>";
        // same-origin, not no-referrer: the browser then sends the tool's Origin with the relaunch (with
        // no-referrer it sends "Origin: null"), which the launch needs from browsers without Sec-Fetch-Site.
        // The page's URL is the launch URL, with nothing in its query, so the referrer tells the tool nothing new.
        String html = page(locale, "same-origin", text.getString("login.wait"), "lpk-recover", data, RECOVERY_SCRIPT, form);
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "same-origin")
                .build();
    }

    private static String page(Locale locale, String referrerPolicy, String message, String dataId, Map<String, Object> data, String script,
                               String body) {
        // JSON inside a script element: escape '<' so the data cannot close the element.
        String json = JSONObjectUtils.toJSONString(data).replace("<", "\\u003c");
        return "<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "da") + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"referrer\" content=\"" + referrerPolicy + "\"><title>Lærepladsklar</title></head>"
                + "<body><p>" + FailurePage.escape(message) + "</p>" + body
                + "<script type=\"application/json\" id=\"" + dataId + "\">" + json + "</script>"
                + "<script>" + script + "</script></body></html>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + FailurePage.escape(value) + "\">";
    }
}
