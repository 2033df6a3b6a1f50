/**
 * Plain logic of role-plays: reading and checking the scenario pack, and the rules of a walk through a branching
 * conversation (which move is allowed where, and the feedback at the end), and the small rules of a master's link:
 * its secret and hash, the first name a master sees, and the tool's public address.
 */
package dk.laerepladsklar.roleplay.control;
