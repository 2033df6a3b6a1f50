/**
 * The demo LMS: a small but real LTI 1.3 platform served beside the tool in development, demos, tests and
 * the benchmark. It has its own keys and goes through the tool's real endpoints. Off unless {@code lpk.demo=true}.
 */
package dk.laerepladsklar.lti.demo;
