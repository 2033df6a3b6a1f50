package dk.laerepladsklar.apprenticeship.control;

import java.util.List;

/** One school year's figures: each department with its classes, and the whole school. */
public record YearFigures(SchoolYear year, List<DepartmentFigures> departments, FigureRow total) {

    public YearFigures {
        departments = List.copyOf(departments);
    }

    /** A school year without GF2 classes: no departments, and a school total of no one. */
    public static YearFigures empty(SchoolYear year) {
        return new YearFigures(year, List.of(), new FigureRow(FigureRow.Level.SCHOOL, "", year, Tally.ZERO,
                FigureRow.Visibility.SHOWN, false));
    }

    public boolean isEmpty() {
        return departments.isEmpty();
    }

    /** Every row, department by department (the department's total, then its classes), then the school's total (none without classes). */
    public List<FigureRow> rows() {
        List<FigureRow> rows = new java.util.ArrayList<>();
        for (DepartmentFigures d : departments) {
            rows.add(d.total());
            rows.addAll(d.classes());
        }
        if (!isEmpty()) {
            rows.add(total);
        }
        return rows;
    }
}
