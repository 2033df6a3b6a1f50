/**
 * The LTI protocol's figures for the operator (launches and refusals by reason, launch time, token requests and key
 * set fetches), recorded through the Micrometer registry WildFly gives the deployment and scraped as Prometheus text
 * from the management interface.
 */
package dk.laerepladsklar.lti.web.metrics;
