/**
 * Launch contexts: every launch gets an id that its pages and actions carry ({@code ?lc=…}), so several launches
 * (two courses in two tabs of one browser) live side by side in one session, each page acting on its own.
 */
package dk.laerepladsklar.kernel.launch;
