/**
 * lti-core's side of the admin port ({@link dk.laerepladsklar.lti.api.admin}): small adapters that delegate to the
 * registrations, invitations, keys and audit log and turn entities and snapshots into the port's plain records.
 * No rule lives here; each adapter does what the admin page did with lti-core's classes before the port existed.
 */
package dk.laerepladsklar.lti.core.admin;
