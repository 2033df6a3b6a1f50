/**
 * What a role-play is made of: scenarios as read from the scenario pack (the situation, the other person's lines,
 * prompts, tips, a rubric, and the branching conversation), what is kept of a student's practice (only the path they
 * took through the conversation), and the recorded attempt with its consent, answers, self-assessment and the
 * teacher's rubric scores and its state machine, and a master's feedback link (the student's yes on the attempt, the
 * link's expiry and revocation, its views and the master's comment).
 */
package dk.laerepladsklar.roleplay.entity;
