package dk.laerepladsklar.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PDFs' template: values are always escaped, lists repeat, missing values hide or show a fallback. */
class XhtmlTemplateTest {

    @Test
    void valuesAreEscapedListsRepeatAndEmptyShowsTheFallback() {
        XhtmlTemplate template = new XhtmlTemplate(
                "<h1 title=\"{{t}}\">{{t}}</h1>{{#items}}<p>{{name}}: {{#lines}}[{{.}}]{{/lines}} {{label}}</p>{{/items}}"
                        + "{{^items}}<p>none</p>{{/items}}{{#flag}}!{{/flag}}");
        String out = template.render(Map.of("t", "<b>\"Æ\" & 'ø'</b>\u0007", "label", "L",
                "items", List.of(Map.of("name", "<i>", "lines", List.of("a<", "b")), Map.of("name", "å", "lines", List.of())),
                "flag", true));
        assertEquals("<h1 title=\"&lt;b&gt;&quot;Æ&quot; &amp; &#39;ø&#39;&lt;/b&gt;\">&lt;b&gt;&quot;Æ&quot; &amp; &#39;ø&#39;&lt;/b&gt;</h1>"
                + "<p>&lt;i&gt;: [a&lt;][b] L</p><p>å:  L</p>!", out);
        assertEquals("<p>none</p>", new XhtmlTemplate("{{#items}}x{{/items}}{{^items}}<p>none</p>{{/items}}")
                .render(Map.of("items", List.of())));
        assertEquals("a{{b}}", new XhtmlTemplate("{{v}}").render(Map.of("v", "a{{b}}")), "a value is never read as a template");
    }
}
