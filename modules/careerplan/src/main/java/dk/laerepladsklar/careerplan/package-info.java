/**
 * The career plan (*karriereplan*): one plan per student per school, which the student owns and writes in plain
 * language, by text or by voice, and which a teacher, the school's consultant and the student's mentor help shape
 * with comments; and the one-page profile for companies built from it.
 */
package dk.laerepladsklar.careerplan;
