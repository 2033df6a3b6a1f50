/** The small shared kernel every capability may use: who is signed in, in which course and language, and the schema. */
package dk.laerepladsklar.kernel;
