/** The row each stored file has: who owns it, in which course, what it is for, what it is, and until when it is kept. */
package dk.laerepladsklar.media.entity;
