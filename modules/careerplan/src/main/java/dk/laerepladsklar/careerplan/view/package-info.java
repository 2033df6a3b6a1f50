/**
 * The career plan's page beans. For the student: their own plan as a page that reads without JavaScript, with the
 * words it needs in the reader's language (writing goes through the boundary's JSON calls from the page's script).
 * For teachers and mentors: the class view of everyone's plan and one student's plan to read, compare, comment on and
 * (staff) approve; those forms post to {@code ReviewResource}.
 *
 * <p>The student's one-page profile for companies (edit, preview, publish, share), the page a company sees through a
 * shared link, and the school's catalogue of published profiles for its LMS administrators.
 */
package dk.laerepladsklar.careerplan.view;
