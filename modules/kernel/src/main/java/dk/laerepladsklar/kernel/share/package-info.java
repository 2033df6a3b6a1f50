/**
 * Links that open one thing to someone without an account (a master's feedback link, a student's shared profile): how
 * their secrets are made and stored (only a hash), one way for every feature.
 */
package dk.laerepladsklar.kernel.share;
