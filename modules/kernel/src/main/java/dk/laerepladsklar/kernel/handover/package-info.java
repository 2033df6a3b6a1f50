/**
 * Hand-over of a launch to a window of its own: where the LMS's frame may not use the camera or microphone, a page asks
 * for a one-time code (bound to its session and launch context, valid a minute) and posts it into a new top-level
 * window, which gets a first-party session holding the same launch context and lands on the page that asked.
 */
package dk.laerepladsklar.kernel.handover;
