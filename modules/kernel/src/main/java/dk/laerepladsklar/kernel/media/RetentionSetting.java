package dk.laerepladsklar.kernel.media;

import java.time.Instant;

/**
 * The retention that applies to one school.
 *
 * @param days            days from the assessment until a file is deleted
 * @param chosenBySchool  whether the school's administrator chose it (else it is the operator's default)
 * @param operatorDefault the operator's default ({@code LPK_MEDIA_RETENTION_DAYS})
 * @param changedAt       when the school last changed it; null when it never did
 * @param rescheduled     how many of the school's files got a new deletion date by the change just made (0 otherwise)
 */
public record RetentionSetting(int days, boolean chosenBySchool, int operatorDefault, Instant changedAt, int rescheduled) {
}
