/** The audit log of what operators did through the admin API and page. */
package dk.laerepladsklar.lti.core.audit;
