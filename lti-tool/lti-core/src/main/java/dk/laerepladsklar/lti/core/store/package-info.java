/** The shared stores on the container's Infinispan caches (the {@code lpk} cache container). */
package dk.laerepladsklar.lti.core.store;
