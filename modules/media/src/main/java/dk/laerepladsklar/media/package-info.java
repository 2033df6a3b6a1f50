/**
 * The media store: recordings, voice answers and photos of students, kept in a directory (a shared volume for several
 * nodes), uploaded in resumable chunks (tus), checked by their bytes, played back with HTTP Range to those the kernel's
 * access rules allow, deleted after their retention date, exported and erased with the student.
 */
package dk.laerepladsklar.media;
