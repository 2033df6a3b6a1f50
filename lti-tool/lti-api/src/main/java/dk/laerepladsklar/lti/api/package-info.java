/** What capabilities see of LTI: plain records of a validated launch and narrow ports, with no JWT or HTTP types. */
package dk.laerepladsklar.lti.api;
