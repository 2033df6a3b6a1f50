/**
 * Personal data out and gone: the {@link dk.laerepladsklar.kernel.personaldata.PersonalData} extension point every
 * capability implements for one student (platform and LMS user id), the façade that asks them all, and the zip an
 * export is handed over as. Of the kernel's own tables only the school roles are about people (placements belong to
 * courses): {@code SchoolRolePersonalData} is its section.
 */
package dk.laerepladsklar.kernel.personaldata;
