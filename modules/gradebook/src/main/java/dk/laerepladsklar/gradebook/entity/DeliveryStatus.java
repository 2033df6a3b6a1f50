package dk.laerepladsklar.gradebook.entity;

/** Where a score is on its way to the gradebook. */
public enum DeliveryStatus {
    /** Waiting to be sent (again). */
    PENDING,
    /** The platform took it. */
    SENT,
    /** The platform will never take it as it is (e.g. not a student there); shown to the teacher. */
    FAILED
}
