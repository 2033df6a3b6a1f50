/**
 * The server's health as the kernel sees it: readiness (the database answers, the schema is migrated) and liveness,
 * served by WildFly's MicroProfile Health on the management interface.
 */
package dk.laerepladsklar.kernel.health;
