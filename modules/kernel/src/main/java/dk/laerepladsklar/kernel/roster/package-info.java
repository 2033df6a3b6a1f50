/** The students of a course as its platform lists them (NRPS), fetched once and kept briefly for every module's pages. */
package dk.laerepladsklar.kernel.roster;
