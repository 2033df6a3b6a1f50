package dk.laerepladsklar.apprenticeship.control;

import java.util.List;

/**
 * The school's figures as a spreadsheet ({@link CaseloadCsv}: UTF-8 with a byte order mark, semicolons, text cells
 * defused against formulas): the school year's departments with their classes and the school's total (a header alone for a year without GF2 classes), then the whole
 * school per school year. Headings and words in the reader's language; counts as numbers, shares as whole per cent,
 * applications per student with one decimal as the reader writes it. A hidden row has its name and why, and no number
 * at all, not even its students.
 */
public final class FiguresCsv {

    static final List<String> COLUMNS = List.of("level", "year", "department", "class", "students", "signed",
            "signedPercent", "registered", "registeredPercent", "applications", "perStudent", "pastProbation",
            "running", "runningPercent", "note");

    private FiguresCsv() {
    }

    public static String of(YearFigures year, List<FigureRow> overTime, FigureTexts texts) {
        CaseloadCsv csv = new CaseloadCsv();
        csv.row(COLUMNS.stream().map(c -> texts.text("figures.csv." + c)).toList());
        for (DepartmentFigures department : year.departments()) {
            String name = texts.label(department.total());
            row(csv, texts, department.total(), "DEPARTMENT", name, "");
            for (FigureRow c : department.classes()) {
                row(csv, texts, c, "CLASS", name, texts.label(c));
            }
        }
        if (!year.isEmpty()) {
            row(csv, texts, year.total(), "SCHOOL", "", "");
        }
        for (FigureRow y : overTime) {
            row(csv, texts, y, "YEAR", "", "");
        }
        return csv.toString();
    }

    private static void row(CaseloadCsv csv, FigureTexts texts, FigureRow row, String level, String department,
                            String course) {
        csv.text(texts.text("figures.level." + level)).text(row.year().label()).text(department).text(course);
        if (!row.shown()) {
            for (int i = 0; i < 10; i++) {
                csv.text("");
            }
            csv.text(texts.hidden(row)).endRow();
            return;
        }
        Tally t = row.figures();
        csv.number(t.students()).number(t.signed()).number(t.signedPercent())
                .number(t.registered()).number(t.registeredPercent())
                .number(t.applications()).text(texts.perStudent(row))
                .number(t.pastProbation()).number(t.runningAfterProbation()).number(t.runningPercent())
                .text(row.inProgress() ? texts.text("figures.inProgress.short") : "")
                .endRow();
    }
}
