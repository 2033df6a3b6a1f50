package dk.laerepladsklar.lti.core.nrps;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers: {@code <https://...>; rel="next", <...>; rel="differences"}. */
final class LinkHeaders {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");

    private LinkHeaders() {
    }

    /** The target of the first link with this relation, over every {@code Link} header of a response. */
    static Optional<String> target(List<String> headers, String relation) {
        for (String header : headers) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                if (hasRelation(link.group(2), relation)) {
                    return Optional.of(link.group(1).strip());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasRelation(String parameters, String relation) {
        for (String parameter : parameters.split(";")) {
            String[] nameAndValue = parameter.split("=", 2);
            if (nameAndValue.length == 2 && "rel".equalsIgnoreCase(nameAndValue[0].strip())) {
                String value = nameAndValue[1].strip().replaceAll("[\",]", " ").strip();
                for (String rel : value.split("\\s+")) {
                    if (rel.toLowerCase(Locale.ROOT).equals(relation)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
