/**
 * Short-lived protocol state every node of a cluster must see (logins in progress and spent login states, Deep
 * Linking requests, hand-over codes) and markers that a node's snapshots are current: a small key-value port, with an
 * in-memory implementation for tests and the container's cache-backed one behind it.
 */
package dk.laerepladsklar.lti.api.store;
