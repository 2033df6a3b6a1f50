package dk.laerepladsklar.apprenticeship.entity;

import java.time.LocalDate;

/**
 * What a student types about an application, as typed (the entity cleans and checks it).
 *
 * @param followUpOn the next follow-up; null for none
 */
public record ApplicationDetails(String companyName, String cvr, String trade, ApplicationChannel channel,
                                 LocalDate sentOn, ApplicationStatus status, LocalDate followUpOn, String notes) {
}
