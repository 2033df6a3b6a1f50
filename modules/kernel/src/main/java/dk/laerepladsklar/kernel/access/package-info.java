/**
 * Authorization in one place. {@link dk.laerepladsklar.kernel.access.Access} answers whether a launch may read or
 * change a student's things in a course, and may teach or follow a course or the whole school (whose consultants
 * a school's administrator names: {@link dk.laerepladsklar.kernel.access.SchoolRoles}); {@link dk.laerepladsklar.kernel.access.PageFilter}
 * is the one filter in front of every page and resource that modules declare as {@link
 * dk.laerepladsklar.kernel.access.ProtectedPages}, so the kernel never knows a module's pages.
 */
package dk.laerepladsklar.kernel.access;
