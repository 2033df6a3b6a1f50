package dk.laerepladsklar.gradebook.boundary;

import java.time.Instant;

/**
 * A score in the outbox becomes due at {@code at}: fired in the transaction that wrote it, heard by the worker only
 * once that transaction has committed (a rolled-back score wakes nobody).
 */
public record ScoreDue(Instant at) {
}
