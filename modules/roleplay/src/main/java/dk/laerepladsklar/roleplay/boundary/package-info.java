/**
 * The role-play capability's façades: the scenario pack read at start-up, the activity type teachers place, the
 * practice of the branching conversation (its pages' façade and its form endpoint), the pages it protects, and the
 * personal-data extension for the stored paths, and a master's feedback ({@link
 * dk.laerepladsklar.roleplay.boundary.MasterLinks}): links without an account, served outside every launch by {@link
 * dk.laerepladsklar.roleplay.boundary.MasterFeedbackServlet}, whose secret also grants reading the attempt's recordings
 * in the media store.
 *
 * <p><b>Progress and score.</b> A role-play has two parts: practising the branching conversation (this module now) and
 * the recorded attempt a teacher assesses with the rubric (to come, on the media store). Only the assessment scores:
 * the practice is the safe first step for a nervous student, and nothing in it is judged with points. So the
 * placement's maximum is the rubric's, and finishing the practice once reports {@link
 * dk.laerepladsklar.roleplay.boundary.Practices#PRACTICE_SHARE} of the activity done as {@code IN_PROGRESS} with a score
 * of 0: the gradebook sends it as "pending" (not yet graded; Moodle shows "-", not 0), and the teacher sees who has
 * practised. The recorded attempt will report {@code AWAITING_REVIEW} when sent and {@code COMPLETED} with the rubric
 * score when assessed. We chose this over reporting {@code COMPLETED} for practice alone because a completed, fully
 * graded practice would put a grade in the LMS for clicking through a conversation, and would read as "done" to
 * students and teachers once the recorded part is there. Opening without finishing is {@code ActivityOpened}; a try
 * after the first finished one changes nothing that is reported.
 *
 * <p><b>Forms without Faces state.</b> The practice page is a plain page whose answer buttons post ordinary HTML forms
 * to {@link dk.laerepladsklar.roleplay.boundary.PracticeResource}, which answers with a redirect back to the page
 * (post, redirect, get): it works without JavaScript, with the keyboard and on a phone, and the back button never
 * posts twice. The form's address carries the launch context id (128 random bits held only in the session), which a
 * page of another site cannot know, so a cross-site form cannot act for the student.
 */
package dk.laerepladsklar.roleplay.boundary;
