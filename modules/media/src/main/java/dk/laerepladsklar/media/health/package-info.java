/** The media store's part of the server's readiness: whether its directory takes files. */
package dk.laerepladsklar.media.health;
