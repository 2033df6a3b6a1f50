/** A programmatic browser for the demo LMS: drives full launches over HTTP for tests and the benchmark. */
package dk.laerepladsklar.lti.demo.client;
