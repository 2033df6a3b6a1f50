/** The role-play pages' beans: the student's practice of the branching conversation, and the teacher's overview. */
package dk.laerepladsklar.roleplay.view;
