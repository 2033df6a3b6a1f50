package dk.laerepladsklar.apprenticeship.view;

import dk.laerepladsklar.apprenticeship.boundary.FigurePages;
import dk.laerepladsklar.apprenticeship.boundary.FigureQueries;
import dk.laerepladsklar.apprenticeship.boundary.FiguresResource;
import dk.laerepladsklar.apprenticeship.boundary.Searches;
import dk.laerepladsklar.apprenticeship.control.DepartmentFigures;
import dk.laerepladsklar.apprenticeship.control.FigureRow;
import dk.laerepladsklar.apprenticeship.control.FigureTexts;
import dk.laerepladsklar.apprenticeship.control.SchoolFigures;
import dk.laerepladsklar.apprenticeship.control.SchoolYear;
import dk.laerepladsklar.apprenticeship.control.YearFigures;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The school's figures ({@code /apprenticeship/figures.xhtml?year=2024}) for its LMS administrators and consultants:
 * one school year's departments and classes, the whole school, and the school per school year; the downloads of the
 * same. Request-scoped like the module's other pages: a plain GET page, the year chosen in the address. A year that is
 * not a school year shows the default one and says so.
 */
@Named
@RequestScoped
public class FiguresView {

    @Inject
    SignedInUser user;
    @Inject
    FigureQueries queries;

    private SchoolFigures figures;
    private YearFigures year;
    private FigureTexts texts;
    private boolean yearInvalid;
    private String missingYear = "";
    private String context = "";

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        context = external.getRequestContextPath();
        if (!user.isSignedIn()) {
            return;
        }
        texts = new FigureTexts(user.getLocale());
        LocalDate today = Searches.today();
        figures = queries.figures(user.current(), today).orElse(null);
        if (figures == null) {
            return;
        }
        Optional<SchoolYear> asked;
        try {
            asked = SchoolYear.parse(external.getRequestParameterMap().get(FigurePages.YEAR_PARAMETER));
        } catch (IllegalArgumentException bad) {
            yearInvalid = true;
            asked = Optional.empty();
        }
        SchoolYear chosen = asked.or(() -> figures.defaultYear(today)).orElse(null);
        year = chosen == null ? null : figures.year(chosen).orElse(null);
        missingYear = year == null && chosen != null ? chosen.label() : "";
    }

    /** Whether the launch follows the school (otherwise the page filter has refused it already). */
    public boolean isFound() {
        return figures != null;
    }

    public boolean isYearInvalid() {
        return yearInvalid;
    }

    /** The school year asked for when it has no GF2 classes ("2023/24"), else empty. */
    public String getMissingYear() {
        return missingYear;
    }

    /** Whether the chosen year has GF2 classes. */
    public boolean isHasYear() {
        return year != null;
    }

    /** Whether the school has no GF2 classes at all ("empty" is a word EL keeps for itself). */
    public boolean isNoFigures() {
        return figures == null || figures.isEmpty();
    }

    public String getYearLabel() {
        return year == null ? "" : year.year().label();
    }

    public int getChosenYear() {
        return year == null ? 0 : year.year().startYear();
    }

    public List<SchoolYear> getYears() {
        return figures == null ? List.of() : figures.years();
    }

    public List<Line> getLines() {
        List<Line> lines = new ArrayList<>();
        if (year == null) {
            return lines;
        }
        for (DepartmentFigures d : year.departments()) {
            lines.add(new Line(d.total(), texts));
            d.classes().forEach(c -> lines.add(new Line(c, texts)));
        }
        lines.add(new Line(year.total(), texts));
        return lines;
    }

    public List<Line> getOverTime() {
        return figures == null ? List.of() : figures.overTime().stream().map(r -> new Line(r, texts)).toList();
    }

    public Line getSchool() {
        return year == null ? null : new Line(year.total(), texts);
    }

    public int getTarget() {
        return SchoolFigures.TARGET_PERCENT;
    }

    public String getAction() {
        return context + FigurePages.PAGE;
    }

    public String getLaunchContextId() {
        return user.getContextId();
    }

    public String getCsvUrl() {
        return download(FiguresResource.CSV);
    }

    public String getPdfUrl() {
        return download(FiguresResource.PDF);
    }

    private String download(String path) {
        return user.withContext(context + path + (year == null ? "" : "?" + FigurePages.YEAR_PARAMETER + "="
                + year.year().startYear()));
    }

    /** One row as the page shows it: its name, and its figures in words or why there are none. */
    public static final class Line {

        private final FigureRow row;
        private final FigureTexts texts;

        Line(FigureRow row, FigureTexts texts) {
            this.row = row;
            this.texts = texts;
        }

        public String getLevel() {
            return row.level().name().toLowerCase(java.util.Locale.ROOT);
        }

        public String getKey() {
            return row.key();
        }

        public String getYear() {
            return row.year().label();
        }

        public String getLabel() {
            return texts.rowLabel(row);
        }

        /** The name in the first column; a titled class's id follows it ({@link #getIdBeside}). */
        public String getName() {
            return texts.name(row);
        }

        public String getIdBeside() {
            return texts.idBeside(row);
        }

        public boolean isShown() {
            return row.shown();
        }

        public String getVisibility() {
            return row.visibility().name();
        }

        public String getHidden() {
            return row.shown() ? "" : texts.hidden(row);
        }

        public boolean isInProgress() {
            return row.inProgress();
        }

        public int getStudents() {
            return row.figures().students();
        }

        public String getSigned() {
            return texts.signed(row);
        }

        /** The bar's length: the share in per cent (0 without students). */
        public int getSignedPercent() {
            Integer percent = row.figures().signedPercent();
            return percent == null ? 0 : percent;
        }

        public String getSignedWords() {
            return texts.signedAgainstTarget(row);
        }

        public boolean isTargetMet() {
            return row.targetMet();
        }

        public String getRegistered() {
            return texts.registered(row);
        }

        public String getApplications() {
            return texts.applications(row);
        }

        public String getProbation() {
            return texts.probation(row);
        }
    }
}
