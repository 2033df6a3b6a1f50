package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hand-counted school of {@code figures/school-40.txt} (its format is described at its top) as the computation's
 * input: what the tool's rows of those students would give the query façade.
 */
final class SchoolFixture {

    static final String FILE = "/dk/laerepladsklar/apprenticeship/figures/school-40.txt";
    static final Instant LAST_SEEN = Instant.parse("2025-01-10T08:00:00Z");

    private SchoolFixture() {
    }

    static FigureInput school40() {
        try (InputStream in = SchoolFixture.class.getResourceAsStream(FILE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FigureInput parse(String text) {
        List<FigureInput.Term> terms = new ArrayList<>();
        List<FigureInput.Enrolment> enrolments = new ArrayList<>();
        List<FigureInput.Step> steps = new ArrayList<>();
        List<FigureInput.AgreementDates> agreements = new ArrayList<>();
        List<FigureInput.Sent> sent = new ArrayList<>();
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Map<String, String> titles = new HashMap<>();
        lines.stream().filter(l -> l.startsWith("title ")).forEach(l -> titles.put(l.split(" ")[1], l.split(" ", 3)[2]));
        for (String line : lines) {
            String[] words = line.split(" ");
            if (words[0].equals("term")) {
                terms.add(new FigureInput.Term(words[1], line.split(" ", 4)[3], LocalDate.parse(words[2])));
                continue;
            }
            if (words[0].equals("title")) {
                continue;
            }
            String subject = words[1];
            enrolments.add(new FigureInput.Enrolment(subject, words[2], LAST_SEEN, titles.get(words[2])));
            int sequence = 0;
            for (int i = 3; i < words.length; i++) {
                String[] event = words[i].split("@", 2);
                String kind = event[0];
                if (kind.startsWith("apps=")) {
                    int n = Integer.parseInt(kind.substring(5));
                    for (int k = 0; k < n; k++) {
                        sent.add(new FigureInput.Sent(subject, LocalDate.parse(event[1])));
                    }
                } else if (kind.startsWith("also=")) {
                    enrolments.add(new FigureInput.Enrolment(subject, kind.substring(5),
                            LocalDate.parse(event[1]).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC)));
                } else if (kind.equals("sign")) {
                    String[] a = event[1].split(":");
                    UUID id = agreementId(subject, sequence + 1);
                    agreements.add(new FigureInput.AgreementDates(id, subject, LocalDate.parse(a[2]), date(a[3]), date(a[4])));
                    steps.add(new FigureInput.Step(subject, ++sequence, PlacementState.AGREEMENT_SIGNED,
                            LocalDate.parse(a[0]), null, id));
                } else if (kind.equals("reg")) {
                    String[] d = event[1].split("/");
                    steps.add(new FigureInput.Step(subject, ++sequence, PlacementState.REGISTERED_SEEKING,
                            LocalDate.parse(d[0]), LocalDate.parse(d.length > 1 ? d[1] : d[0]), null));
                } else {
                    PlacementState to = switch (kind) {
                        case "seek", "ended" -> PlacementState.SEEKING;
                        case "school" -> PlacementState.SCHOOL_BASED_TRAINING;
                        default -> throw new IllegalArgumentException("No event " + kind + " in " + line);
                    };
                    steps.add(new FigureInput.Step(subject, ++sequence, to, LocalDate.parse(event[1]), null, null));
                }
            }
        }
        return new FigureInput(terms, enrolments, steps, agreements, sent);
    }

    static UUID agreementId(String subject, int sequence) {
        return UUID.nameUUIDFromBytes((subject + "#" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate date(String text) {
        return text.equals("-") ? null : LocalDate.parse(text);
    }
}
