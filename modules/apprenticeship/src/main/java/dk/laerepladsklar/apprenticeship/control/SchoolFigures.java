package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.control.FigureInput.AgreementDates;
import dk.laerepladsklar.apprenticeship.control.FigureInput.Enrolment;
import dk.laerepladsklar.apprenticeship.control.FigureInput.Sent;
import dk.laerepladsklar.apprenticeship.control.FigureInput.Step;
import dk.laerepladsklar.apprenticeship.control.FigureInput.Term;
import dk.laerepladsklar.apprenticeship.control.FigureRow.Level;
import dk.laerepladsklar.apprenticeship.control.FigureRow.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The school's figures for its leadership, per school year, department and class, from the tool's own data only.
 *
 * <p>GF2 students are the students who opened the search from a course with a term (a GF2 end set by staff). A student
 * who opened it from several such courses counts once, in the class of the course they opened it from last (the class
 * the school's caseload lists them under too), so classes add up to departments and departments to the school. The
 * department is the term's, grouped without regard to case; a class without one is in "no department". A class is
 * named by the course's title its newest launch with a title sent, beside its id ({@link CourseLabel}). What each
 * student adds is {@link StudentOutcome}'s; which rows may be shown, {@link SmallGroups}'.
 */
public final class SchoolFigures {

    /** The target of the carpenters' report: 80 % of GF2 students have signed an agreement when GF2 ends. */
    public static final int TARGET_PERCENT = 80;

    private final TreeMap<SchoolYear, YearFigures> years;

    private SchoolFigures(TreeMap<SchoolYear, YearFigures> years) {
        this.years = years;
    }

    public static SchoolFigures of(FigureInput input, LocalDate today) {
        Map<String, Term> terms = new HashMap<>();
        input.terms().forEach(t -> terms.put(t.courseId(), t));
        Map<String, Enrolment> classOf = new HashMap<>();
        Map<String, Enrolment> titled = new HashMap<>();
        for (Enrolment e : input.enrolments()) {
            if (!terms.containsKey(e.courseId())) {
                continue;
            }
            classOf.merge(e.subject(), e, (a, b) -> lastSeen(a, b));
            if (e.courseTitle() != null && !e.courseTitle().isBlank()) {
                titled.merge(e.courseId(), e, (a, b) -> lastSeen(a, b));
            }
        }
        Map<String, List<Step>> steps = group(input.steps(), Step::subject);
        Map<String, List<AgreementDates>> agreements = group(input.agreements(), AgreementDates::subject);
        Map<UUID, AgreementDates> agreementsById = new HashMap<>();
        input.agreements().forEach(a -> agreementsById.put(a.id(), a));
        Map<String, List<LocalDate>> sent = input.applications().stream().collect(Collectors.groupingBy(Sent::subject,
                Collectors.mapping(Sent::sentOn, Collectors.toList())));

        Map<String, Tally> perClass = new HashMap<>();
        for (Enrolment e : classOf.values()) {
            Term term = terms.get(e.courseId());
            StudentOutcome outcome = StudentOutcome.of(term, steps.getOrDefault(e.subject(), List.of()), agreementsById,
                    agreements.getOrDefault(e.subject(), List.of()), sent.getOrDefault(e.subject(), List.of()), today);
            perClass.merge(e.courseId(), outcome.tally(), Tally::plus);
        }

        // school year → department key → classes
        TreeMap<SchoolYear, TreeMap<String, List<FigureRow>>> tree = new TreeMap<>();
        Map<String, String> departmentNames = new HashMap<>();
        perClass.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Term term = terms.get(entry.getKey());
            SchoolYear year = SchoolYear.of(term.gf2End());
            String name = term.department() == null ? "" : term.department().strip();
            String key = name.toLowerCase(Locale.ROOT);
            departmentNames.merge(year.startYear() + "|" + key, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            tree.computeIfAbsent(year, y -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new FigureRow(Level.CLASS, entry.getKey(), year, entry.getValue(), Visibility.SHOWN,
                            term.gf2End().isAfter(today), titleOf(titled.get(entry.getKey()))));
        });
        TreeMap<SchoolYear, YearFigures> years = new TreeMap<>();
        tree.forEach((year, departments) -> {
            List<DepartmentFigures> rows = new ArrayList<>();
            Tally school = Tally.ZERO;
            boolean schoolInProgress = false;
            // departments by name, "no department" last
            List<String> keys = departments.keySet().stream()
                    .sorted(Comparator.comparing(String::isEmpty).thenComparing(Function.identity())).toList();
            for (String key : keys) {
                List<FigureRow> classes = departments.get(key);
                Tally total = classes.stream().map(FigureRow::tally).reduce(Tally.ZERO, Tally::plus);
                boolean inProgress = classes.stream().anyMatch(FigureRow::inProgress);
                rows.add(new DepartmentFigures(new FigureRow(Level.DEPARTMENT,
                        departmentNames.get(year.startYear() + "|" + key), year, total, Visibility.SHOWN, inProgress),
                        classes));
                school = school.plus(total);
                schoolInProgress |= inProgress;
            }
            years.put(year, SmallGroups.apply(new YearFigures(year, rows,
                    new FigureRow(Level.SCHOOL, "", year, school, Visibility.SHOWN, schoolInProgress))));
        });
        return new SchoolFigures(years);
    }

    private static String titleOf(Enrolment newestTitled) {
        return newestTitled == null ? null : newestTitled.courseTitle();
    }

    private static Enrolment lastSeen(Enrolment a, Enrolment b) {
        int byTime = a.lastSeen().compareTo(b.lastSeen());
        if (byTime != 0) {
            return byTime > 0 ? a : b;
        }
        return a.courseId().compareTo(b.courseId()) >= 0 ? a : b;
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> subject) {
        return rows.stream().collect(Collectors.groupingBy(subject));
    }

    /** The school years with GF2 classes, oldest first. */
    public List<SchoolYear> years() {
        return List.copyOf(years.keySet());
    }

    public Optional<YearFigures> year(SchoolYear year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * The year shown when none is asked for: today's school year when it has classes, else the latest one before it,
     * else the earliest after it; empty when there are none.
     */
    public Optional<SchoolYear> defaultYear(LocalDate today) {
        SchoolYear now = SchoolYear.of(today);
        if (years.containsKey(now)) {
            return Optional.of(now);
        }
        SchoolYear before = years.lowerKey(now);
        return Optional.ofNullable(before != null ? before : years.higherKey(now));
    }

    /** The whole school per school year, oldest first: each year's school total, shown or hidden as in that year. */
    public List<FigureRow> overTime() {
        return years.values().stream().map(YearFigures::total).toList();
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
