/** Graceful shutdown in the application: on SIGTERM new requests are turned away and those in flight finish first. */
package dk.laerepladsklar.webapp.drain;
