package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.control.FigureRow.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which rows of a school year's figures may be shown, so that no group of fewer than {@value #MIN_STUDENTS} students
 * can be seen, not even by subtracting shown rows from a shown total.
 *
 * <p>The figures form a tree: classes in departments, departments in the school. From a tree of shown totals, the
 * only thing subtraction yields is a shown total minus its shown parts, that is the hidden part of one total. So the
 * rule is that the hidden part of every shown total holds no students or at least {@value #MIN_STUDENTS}:
 * <ol>
 *   <li>A class with fewer than 5 students is hidden ({@link Visibility#SMALL}).</li>
 *   <li>When a department's hidden classes hold 1 to 4 students together, its smallest shown class (fewest students,
 *       then by course id) is hidden as well ({@link Visibility#SHIELD}): the department's total minus its shown
 *       classes then gives two classes together, at least 6 students, never the small one alone. A department whose
 *       classes are all small is itself below 5 or shows only their sum.</li>
 *   <li>A department with fewer than 5 students is hidden (SMALL).</li>
 *   <li>When the hidden departments hold 1 to 4 students together, the school's total is hidden (SHIELD), since it minus
 *       the shown departments would give them. Hiding another department instead would not do: its own shown classes
 *       would add back up to it.</li>
 *   <li>A school year with fewer than 5 students has its total hidden (SMALL).</li>
 * </ol>
 * The figures over time are one row per school year, each exactly that year's school total with its visibility; a
 * school year's rows and another year's share no students, so nothing across years subtracts. (Rows per month of
 * GF2's end would cut across departments, and a month's total minus the shown classes of that month could give a small
 * class hidden by rule 1 alone: that is why the figures over time go by school year.)
 */
public final class SmallGroups {

    public static final int MIN_STUDENTS = 5;

    private SmallGroups() {
    }

    static boolean small(int students) {
        return students > 0 && students < MIN_STUDENTS;
    }

    /** The same year with each row's visibility decided by the rule above. */
    public static YearFigures apply(YearFigures year) {
        List<DepartmentFigures> departments = new ArrayList<>();
        int hiddenDepartmentStudents = 0;
        for (DepartmentFigures department : year.departments()) {
            List<FigureRow> classes = new ArrayList<>();
            int hiddenStudents = 0;
            for (FigureRow row : department.classes()) {
                boolean hide = small(row.tally().students());
                classes.add(hide ? row.hidden(Visibility.SMALL) : row.shownAgain());
                hiddenStudents += hide ? row.tally().students() : 0;
            }
            if (small(hiddenStudents)) {
                classes.stream().filter(FigureRow::shown)
                        .min(Comparator.comparingInt((FigureRow r) -> r.tally().students()).thenComparing(FigureRow::key))
                        .ifPresent(shield -> classes.set(classes.indexOf(shield), shield.hidden(Visibility.SHIELD)));
            }
            FigureRow total = department.total();
            boolean hideDepartment = small(total.tally().students());
            hiddenDepartmentStudents += hideDepartment ? total.tally().students() : 0;
            departments.add(new DepartmentFigures(hideDepartment ? total.hidden(Visibility.SMALL) : total.shownAgain(),
                    classes));
        }
        FigureRow school = year.total();
        if (small(school.tally().students())) {
            school = school.hidden(Visibility.SMALL);
        } else if (small(hiddenDepartmentStudents)) {
            school = school.hidden(Visibility.SHIELD);
        } else {
            school = school.shownAgain();
        }
        return new YearFigures(year.year(), departments, school);
    }
}
