/**
 * Plain logic of the media store, free of the container: the directory the bytes live in, the check of a file's real
 * type, HTTP byte ranges, and the store's settings.
 */
package dk.laerepladsklar.media.control;
