/** The web application's own wiring: REST root, session cookie policy, and the pages every capability shares. */
package dk.laerepladsklar.webapp;
