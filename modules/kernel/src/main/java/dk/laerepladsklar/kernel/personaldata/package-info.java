/**
 * Personal data out and gone: the {@link dk.laerepladsklar.kernel.personaldata.PersonalData} extension point every
 * capability implements for one student (platform and LMS user id), the façade that asks them all, and the zip an
 * export is handed over as. The kernel itself keeps nothing per student in the database (placements belong to
 * courses), so it contributes no section of its own.
 */
package dk.laerepladsklar.kernel.personaldata;
