package dk.laerepladsklar.apprenticeship.control;

import java.util.List;

/** One school year's figures: each department with its classes, and the whole school. */
public record YearFigures(SchoolYear year, List<DepartmentFigures> departments, FigureRow total) {

    public YearFigures {
        departments = List.copyOf(departments);
    }

    /** Every row, department by department (the department's total, then its classes), then the school's total. */
    public List<FigureRow> rows() {
        List<FigureRow> rows = new java.util.ArrayList<>();
        for (DepartmentFigures d : departments) {
            rows.add(d.total());
            rows.addAll(d.classes());
        }
        rows.add(total);
        return rows;
    }
}
