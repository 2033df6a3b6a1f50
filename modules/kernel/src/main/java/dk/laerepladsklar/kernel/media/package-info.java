/**
 * The media store port: recordings, voice answers and photos of a student, kept outside the database and streamed
 * both ways. Features (role-plays, career plans, teaching modules) store and read media only through
 * {@link dk.laerepladsklar.kernel.media.MediaStore}; the media module implements it (a directory by default) and
 * serves uploads and playback over HTTP.
 */
package dk.laerepladsklar.kernel.media;
