package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.apprenticeship.control.FigureRow.Level;
import dk.laerepladsklar.apprenticeship.control.FigureRow.Visibility;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule for small groups, case by case: no group of fewer than 5 students shows, nor can be worked out. */
class SmallGroupsTest {

    private static final SchoolYear YEAR = new SchoolYear(2025);

    /** Departments of classes by their student counts; course ids c1, c2, ... in order. */
    private static YearFigures year(int[]... departments) {
        List<DepartmentFigures> rows = new ArrayList<>();
        int course = 0;
        int all = 0;
        for (int d = 0; d < departments.length; d++) {
            List<FigureRow> classes = new ArrayList<>();
            int sum = 0;
            for (int students : departments[d]) {
                classes.add(new FigureRow(Level.CLASS, "c" + ++course, YEAR, new Tally(students, 0, 0, 0, 0, 0),
                        Visibility.SHOWN, false));
                sum += students;
            }
            rows.add(new DepartmentFigures(new FigureRow(Level.DEPARTMENT, "d" + d, YEAR, new Tally(sum, 0, 0, 0, 0, 0),
                    Visibility.SHOWN, false), classes));
            all += sum;
        }
        return SmallGroups.apply(new YearFigures(YEAR, rows, new FigureRow(Level.SCHOOL, "", YEAR,
                new Tally(all, 0, 0, 0, 0, 0), Visibility.SHOWN, false)));
    }

    private static List<String> visibility(YearFigures year) {
        return year.rows().stream().map(r -> r.key() + "=" + r.visibility()).toList();
    }

    @Test
    void nothingIsHiddenWhenEveryGroupHasFiveOrMore() {
        assertEquals(List.of("d0=SHOWN", "c1=SHOWN", "c2=SHOWN", "=SHOWN"), visibility(year(new int[] {5, 9})));
    }

    @Test
    void aSmallClassTakesTheSmallestOtherClassOfItsDepartmentWithIt() {
        // 12, 7 and 7: the tie goes by course id, the first of them
        assertEquals(List.of("d0=SHOWN", "c1=SHOWN", "c2=SHIELD", "c3=SHOWN", "c4=SMALL", "d1=SHOWN", "c5=SHOWN", "=SHOWN"),
                visibility(year(new int[] {12, 7, 7, 3}, new int[] {20})));
    }

    @Test
    void smallClassesThatTogetherMakeFiveNeedNoShield() {
        assertEquals(List.of("d0=SHOWN", "c1=SHOWN", "c2=SMALL", "c3=SMALL", "=SHOWN"), visibility(year(new int[] {9, 3, 2})));
    }

    @Test
    void aDepartmentOfOneSmallClassIsHiddenAndSoIsTheSchoolsTotal() {
        assertEquals(List.of("d0=SHOWN", "c1=SHOWN", "d1=SMALL", "c2=SMALL", "=SHIELD"),
                visibility(year(new int[] {30}, new int[] {4})));
    }

    @Test
    void smallDepartmentsThatTogetherMakeFiveLeaveTheSchoolsTotal() {
        assertEquals(List.of("d0=SHOWN", "c1=SHOWN", "d1=SMALL", "c2=SMALL", "d2=SMALL", "c3=SMALL", "=SHOWN"),
                visibility(year(new int[] {30}, new int[] {3}, new int[] {2})));
    }

    @Test
    void aSchoolYearOfFewerThanFiveIsHiddenWhole() {
        assertEquals(List.of("d0=SMALL", "c1=SMALL", "=SMALL"), visibility(year(new int[] {3})));
    }
}
