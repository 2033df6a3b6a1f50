package dk.laerepladsklar.jobsearchweek.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * A programme a week can start from: shipped with the tool (one per language, from the JSON resources) or a school's
 * own, saved from one of its weeks.
 *
 * @param id {@code shipped-da}, {@code shipped-en}, or {@code school-<uuid>}
 */
public record WeekTemplate(String id, String name, Origin origin, WeekProgramme programme) implements Serializable {

    public enum Origin { SHIPPED, SCHOOL }

    public WeekTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(programme, "programme");
    }
}
