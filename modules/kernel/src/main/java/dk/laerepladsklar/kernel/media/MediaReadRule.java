package dk.laerepladsklar.kernel.media;

import dk.laerepladsklar.kernel.launch.LaunchContext;

/**
 * A feature's say that one of its files may be read by more people than its owner's readers: a file's owner, staff of
 * its course and the owner's mentor read it ({@code Access}); a role-play's recorded line of the other person, made by a
 * teacher, is also heard by the students of that course. A rule answers only for its own purpose and only ever adds
 * readers; each feature that needs one contributes an {@code @ApplicationScoped} bean and the store asks every one.
 */
public interface MediaReadRule {

    /** True only when this rule lets this launch read this file; false for every file that is not the rule's. */
    boolean mayRead(MediaItem item, LaunchContext reader);
}
