/**
 * The career plan's page beans. For teachers and mentors: the class view of everyone's plan and one student's plan
 * to read, compare, comment on and (staff) approve; the forms post to {@code ReviewResource}.
 */
package dk.laerepladsklar.careerplan.view;
