/** The tool's own signing keys (kept in the database, rotated without downtime) and the platforms' key sets. */
package dk.laerepladsklar.lti.core.keys;
