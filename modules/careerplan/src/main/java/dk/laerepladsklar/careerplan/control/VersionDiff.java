package dk.laerepladsklar.careerplan.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, word by word, for the "compare with the previous version" view: the words kept,
 * the words added and the words removed, in reading order. A longest common subsequence over words (and the spaces
 * between them); a section is at most {@code CareerPlan.MAX_TEXT} characters, so the table stays small.
 */
public final class VersionDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    /** A run of text of one kind. */
    public record Segment(Kind kind, String text) {
    }

    /** Words and the white space between them, each a token, so the diff keeps line breaks where they were. */
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    /** Above this many tokens on either side the texts are shown as replaced whole (a hostile size, not a plan). */
    static final int MAX_TOKENS = 4000;

    private VersionDiff() {
    }

    public static List<Segment> between(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        List<Segment> out = new ArrayList<>();
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            add(out, Kind.REMOVED, String.join("", a));
            add(out, Kind.ADDED, String.join("", b));
            return out;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                add(out, Kind.SAME, a.get(i++));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Kind.REMOVED, a.get(i++));
            } else {
                add(out, Kind.ADDED, b.get(j++));
            }
        }
        while (i < a.size()) {
            add(out, Kind.REMOVED, a.get(i++));
        }
        while (j < b.size()) {
            add(out, Kind.ADDED, b.get(j++));
        }
        return out;
    }

    /** Whether anything was added or removed. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends, joining a run of the same kind into one segment. */
    private static void add(List<Segment> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }
}
