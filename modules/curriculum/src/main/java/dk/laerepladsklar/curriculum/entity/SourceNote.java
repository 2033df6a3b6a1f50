package dk.laerepladsklar.curriculum.entity;

/**
 * Where a rule a step teaches comes from: a note for the people who edit the content pack, so a rule can be
 * checked again when the law or the ministry's guidance changes. Never shown to students.
 *
 * @param rule   the rule in a few words, e.g. "EMMA-kriterierne"
 * @param source who says so, e.g. "Børne- og Undervisningsministeriet: Skoleoplæring og uddannelsesgaranti"
 * @param url    where to read it, or null when the source is not on the web
 */
public record SourceNote(String rule, String source, String url) implements java.io.Serializable {

    public SourceNote {
        if (rule == null || rule.isBlank() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("A source note names its rule and its source");
        }
        if (url != null && !url.matches("https?://[^\\s]+")) {
            throw new IllegalArgumentException("A source's url must be a web address (http:// or https://), not \"" + url + "\"");
        }
    }
}
