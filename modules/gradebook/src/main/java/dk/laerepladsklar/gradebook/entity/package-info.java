/** The outbox: one row per score on its way to a platform's gradebook column. */
package dk.laerepladsklar.gradebook.entity;
