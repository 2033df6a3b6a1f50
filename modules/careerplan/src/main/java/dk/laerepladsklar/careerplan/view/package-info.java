/**
 * The career plan's page beans that draw what the façades answer: the student's one-page profile (edit, preview,
 * publish, share) and the page a company sees through a shared link.
 */
package dk.laerepladsklar.careerplan.view;
