package dk.laerepladsklar.jobsearchweek.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One day of a week: its number in the week (from 1), its date, and what the day is about ("Ansøgning og CV"), if the
 * teacher said. Sessions and due dates hang on the day's number, so a week moved in time keeps its programme.
 */
public record WeekDay(int number, LocalDate date, String theme) implements Serializable {
}
