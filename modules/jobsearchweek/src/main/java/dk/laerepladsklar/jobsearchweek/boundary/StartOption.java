package dk.laerepladsklar.jobsearchweek.boundary;

import java.io.Serializable;

/**
 * Something an empty week can start from: a shipped template ({@code shipped-da}), a school's template
 * ({@code school-<id>}) or another week the teacher planned ({@code week-<placement id>}).
 */
public record StartOption(String id, String name, Kind kind, String detail) implements Serializable {

    public enum Kind { SHIPPED, SCHOOL, WEEK }
}
