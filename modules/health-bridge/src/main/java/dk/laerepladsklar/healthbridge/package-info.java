/**
 * Makes the application's MicroProfile Health checks, which live in the web archive's jars, visible to WildFly's
 * health subsystem, which in an EAR only looks at the beans of the EAR's own lib directory.
 */
package dk.laerepladsklar.healthbridge;
