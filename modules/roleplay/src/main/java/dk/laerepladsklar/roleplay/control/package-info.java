/**
 * Plain logic of role-plays: reading and checking the scenario pack, and the rules of a walk through a branching
 * conversation (which move is allowed where, and the feedback at the end).
 */
package dk.laerepladsklar.roleplay.control;
