package dk.laerepladsklar.lti.api.store;

/** The container's shared stores, by name (the caches of the {@code lpk} cache container). */
public interface SharedStores {

    /** Logins in progress and spent login states. */
    String PENDING_LOGINS = "pending-logins";
    /** Deep Linking requests waiting for the teacher's choice. */
    String DEEP_LINKING = "deep-linking";
    /** One-time hand-over codes and ended sessions. */
    String HANDOVER = "handover";
    /** Markers that a node's registration and placement snapshots are current. */
    String SNAPSHOTS = "snapshots";

    SharedStore store(String name);
}
