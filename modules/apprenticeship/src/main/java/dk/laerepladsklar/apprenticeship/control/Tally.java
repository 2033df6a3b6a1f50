package dk.laerepladsklar.apprenticeship.control;

/**
 * The counts behind one row of the figures: GF2 students; how many had a running agreement at the end of GF2; how many
 * were registered as seeking (or had an agreement) 8 weeks before; applications sent by the end of GF2; agreements whose
 * probation has passed, and how many of them still ran the day after. Shares are whole per cent and applications per
 * student have one decimal, both rounded half up with whole numbers only, so a hand count gives the same figure.
 */
public record Tally(int students, int signed, int registered, int applications, int pastProbation, int runningAfterProbation) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(students + other.students, signed + other.signed, registered + other.registered,
                applications + other.applications, pastProbation + other.pastProbation,
                runningAfterProbation + other.runningAfterProbation);
    }

    /** The share with a signed agreement at the end of GF2, in whole per cent; null without students. */
    public Integer signedPercent() {
        return percent(signed, students);
    }

    public Integer registeredPercent() {
        return percent(registered, students);
    }

    /** Agreements still running after probation, of those whose probation has passed; null when none has. */
    public Integer runningPercent() {
        return percent(runningAfterProbation, pastProbation);
    }

    /** Applications per student in tenths (43 is 4.3); null without students. */
    public Integer applicationsPerStudentTenths() {
        return students == 0 ? null : (applications * 20 + students) / (2 * students);
    }

    /** Whole per cent, half up: (part × 200 + whole) ÷ (2 × whole) in whole numbers. */
    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (part * 200 + whole) / (2 * whole);
    }
}
