package dk.laerepladsklar.apprenticeship.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A caseload's lines as a spreadsheet ({@link CaseloadCsv}): one row per student with every figure the page shows,
 * the class as the pages name it (the course's title and id), headings and status words in the reader's language,
 * dates as ISO dates (which spreadsheets read as dates in any language), counts and days as numbers.
 */
public final class CaseloadSheet {

    static final List<String> COLUMNS = List.of("student", "userId", "course", "department", "state", "since",
            "registered", "sent", "lastApplication", "lastActivity", "interviews", "offers", "deadline", "daysToDeadline",
            "agreement", "company", "agreementEnds", "daysToAgreementEnd", "probationEnds", "checkIns", "lastCheckIn");

    private CaseloadSheet() {
    }

    /** @param displayName the name or neutral label a page shows for a line */
    public static String of(List<CaseloadLine> lines, Locale locale, java.util.function.Function<CaseloadLine, String> displayName) {
        CaseloadCsv csv = new CaseloadCsv();
        csv.row(COLUMNS.stream().map(c -> SearchTexts.text(locale, "caseload.csv." + c)).toList());
        for (CaseloadLine l : lines) {
            csv.text(displayName.apply(l)).text(l.studentSubject()).text(l.courseLabel()).text(l.department())
                    .text(SearchTexts.text(locale, "caseload.state." + (l.state() == null ? "NONE" : l.state().name())))
                    .text(iso(l.stateSince())).text(iso(l.registeredOn()))
                    .number(l.applicationsSent()).text(iso(l.lastApplication())).text(iso(l.lastActivity()))
                    .number(l.interviews()).number(l.offers())
                    .text(iso(l.deadline())).number(l.daysToDeadline())
                    .text(l.agreementType() == null ? "" : SearchTexts.text(locale, "agreement.type." + l.agreementType().name()))
                    .text(l.agreementCompany()).text(iso(l.agreementEnds())).number(l.daysToAgreementEnd())
                    .text(iso(l.probationEnds())).number(l.checkIns()).text(iso(l.lastCheckIn()))
                    .endRow();
        }
        return csv.toString();
    }

    private static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
