/**
 * The installation admin's personal-data desk: find a student by platform and LMS user id, see what every capability
 * keeps about them, hand it over as one zip, and erase it, on the admin page and through the admin API; every export
 * and erasure goes into the admin audit log.
 */
package dk.laerepladsklar.webapp.personaldata;
