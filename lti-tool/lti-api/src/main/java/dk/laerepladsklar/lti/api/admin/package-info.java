/**
 * The admin port: what the installation's admin pages may do with the LTI layer (register and approve platforms,
 * invite schools, rotate the tool's keys, read and write the admin audit log), as narrow interfaces and plain
 * records. The web application depends on these, never on lti-core's classes, so lti-core's entities, caches and
 * JWT handling can change without touching a page; lti-core implements them by delegating to its own classes.
 */
package dk.laerepladsklar.lti.api.admin;
