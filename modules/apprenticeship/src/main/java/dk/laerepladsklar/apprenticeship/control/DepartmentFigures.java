package dk.laerepladsklar.apprenticeship.control;

import java.util.List;

/** A department's total and its classes (by course id) in one school year. */
public record DepartmentFigures(FigureRow total, List<FigureRow> classes) {

    public DepartmentFigures {
        classes = List.copyOf(classes);
    }
}
