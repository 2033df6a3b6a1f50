package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.activity.Placement;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.roleplay.entity.Choice;
import dk.laerepladsklar.roleplay.entity.Attempt;
import dk.laerepladsklar.roleplay.entity.AttemptAnswer;
import dk.laerepladsklar.roleplay.entity.Mark;
import dk.laerepladsklar.roleplay.entity.MasterLink;
import dk.laerepladsklar.roleplay.entity.MentorComment;
import dk.laerepladsklar.roleplay.entity.Practice;
import dk.laerepladsklar.roleplay.entity.PracticeStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A student's role-play practice: per placed role-play, the path of their latest walk (nodes, chosen answers and any
 * words they typed) and how often they finished; and their recorded attempts: consent (what they were told), answers
 * (typed words, or the media store id of a recording, whose bytes the media store exports and erases itself),
 * self-assessment, the teacher's levels and feedback, mentors' comments, and a master's feedback (the student's yes,
 * the links with every opening's time and the master's comment). A teacher's preview is that person's data too.
 */
@ApplicationScoped
public class RolePlayPersonalData implements PersonalData {

    static final String MODULE = "roleplay";

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    @Transactional
    public Map<String, Long> held(StudentRef student) {
        List<UUID> ids = practiceIds(student);
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("practices", (long) ids.size());
        held.put("practice_steps", ids.isEmpty() ? 0 : em.createQuery(
                "select count(s) from PracticeStep s where s.practice.id in :ids", Long.class).setParameter("ids", ids)
                .getSingleResult());
        held.put("attempts", (long) attempts(student).size());
        held.put("master_links", em.createQuery("select count(l) from MasterLink l where l.platformId = :platform "
                        + "and l.studentSubject = :subject", Long.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getSingleResult());
        return held;
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> practices = new ArrayList<>();
        for (Practice practice : practices(student)) {
            Placement placement = em.find(Placement.class, practice.getPlacementId());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("placement_id", practice.getPlacementId());
            json.put("course_id", placement == null ? null : placement.getContextId());
            json.put("scenario", placement == null ? null : placement.getActivity().key());
            json.put("title", placement == null ? null : placement.getTitle());
            json.put("name_shared_by_lms", practice.getStudentName());
            json.put("preview", practice.isPreview());
            json.put("times_finished", practice.getTimesFinished());
            json.put("started_at", practice.getStartedAt());
            json.put("updated_at", practice.getUpdatedAt());
            json.put("first_finished_at", practice.getFirstFinishedAt());
            json.put("latest_walk_finished_at", practice.getFinishedAt());
            List<Map<String, Object>> path = new ArrayList<>();
            for (PracticeStep step : practice.getSteps()) {
                Choice choice = step.choice();
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("node_id", choice.nodeId());
                s.put("answer_id", choice.answerId());
                s.put("typed_text", choice.typedText());
                s.put("answered_at", step.getAnsweredAt());
                path.add(s);
            }
            json.put("latest_path", path);
            practices.add(json);
        }
        List<Map<String, Object>> recorded = new ArrayList<>();
        for (Attempt attempt : attempts(student)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("placement_id", attempt.getPlacementId());
            json.put("number", attempt.getNumber());
            json.put("state", attempt.getState().code());
            json.put("preview", attempt.isPreview());
            json.put("created_at", attempt.getCreatedAt());
            json.put("consent_at", attempt.getConsentAt());
            json.put("consent_told", attempt.getConsentText());
            json.put("consent_retention_days", attempt.getConsentRetentionDays());
            json.put("sent_at", attempt.getSentAt());
            json.put("released_at", attempt.getReleasedAt());
            json.put("score", attempt.isReleased() ? attempt.getScore() : null);
            json.put("score_maximum", attempt.getScoreMaximum());
            List<Map<String, Object>> answers = new ArrayList<>();
            for (AttemptAnswer a : attempt.getAnswers()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("prompt_id", a.getPromptId());
                one.put("mode", a.getMode().code());
                one.put("media_id", a.getMediaId());
                one.put("typed_text", a.getText());
                one.put("answered_at", a.getAnsweredAt());
                answers.add(one);
            }
            json.put("answers", answers);
            json.put("self_assessment", marks(attempt.getSelfMarks()));
            // the teacher's scores are the student's once released; before that they are the teacher's draft
            json.put("teacher_assessment", attempt.isReleased() ? marks(attempt.getTeacherMarks()) : List.of());
            List<Map<String, Object>> comments = new ArrayList<>();
            for (MentorComment c : attempt.getComments()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("text", c.getText());
                one.put("written_at", c.getWrittenAt());
                comments.add(one);
            }
            json.put("mentor_comments", comments);
            json.put("master_feedback", masterFeedback(attempt));
            recorded.add(json);
        }
        return new Section(Map.of("practices", practices, "attempts", recorded), List.of());
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        List<UUID> ids = practiceIds(student);
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("practice_steps", ids.isEmpty() ? 0L
                : (long) em.createQuery("delete from PracticeStep s where s.practice.id in :ids").setParameter("ids", ids).executeUpdate());
        erased.put("practices", ids.isEmpty() ? 0L
                : (long) em.createQuery("delete from Practice p where p.id in :ids").setParameter("ids", ids).executeUpdate());
        List<UUID> attemptIds = attempts(student).stream().map(Attempt::getId).toList();
        // a master's links die with the student: their views first, then the links (whose secrets then open nothing)
        List<UUID> linkIds = attemptIds.isEmpty() ? List.of() : em.createQuery(
                "select l.id from MasterLink l where l.attemptId in :ids", UUID.class).setParameter("ids", attemptIds)
                .getResultList();
        erased.put("master_link_views", linkIds.isEmpty() ? 0L : (long) em.createQuery(
                "delete from LinkView v where v.linkId in :ids").setParameter("ids", linkIds).executeUpdate());
        erased.put("master_links", linkIds.isEmpty() ? 0L : (long) em.createQuery(
                "delete from MasterLink l where l.id in :ids").setParameter("ids", linkIds).executeUpdate());
        // the answers, marks and comments go with their attempt (on delete cascade, and as Hibernate removes them)
        attempts(student).forEach(em::remove);
        erased.put("attempts", (long) attemptIds.size());
        return erased;
    }

    /**
     * The student's yes to a master's feedback (and what they were told), and each link: who it was for, when it was
     * made, expired or was closed and by whom, every time it was opened, and the master's comment. Not the link's
     * secret (never stored) nor the teacher who made it.
     */
    private Map<String, Object> masterFeedback(Attempt attempt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("consent_at", attempt.getMasterConsentAt());
        json.put("consent_told", attempt.getMasterConsentText());
        json.put("consent_withdrawn_at", attempt.getMasterConsentWithdrawnAt());
        List<Map<String, Object>> links = new ArrayList<>();
        for (MasterLink link : em.createQuery("select l from MasterLink l where l.attemptId = :attempt order by l.createdAt",
                MasterLink.class).setParameter("attempt", attempt.getId()).getResultList()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("master", link.getMasterName());
            one.put("created_at", link.getCreatedAt());
            one.put("expires_at", link.getExpiresAt());
            one.put("revoked_at", link.getRevokedAt());
            one.put("revoked_by", link.getRevokedBy() == null ? null : link.getRevokedBy().code());
            one.put("views", em.createQuery("select v.viewedAt from LinkView v where v.linkId = :link order by v.viewedAt",
                    java.time.Instant.class).setParameter("link", link.getId()).getResultList());
            one.put("comment", link.getComment());
            one.put("commented_at", link.getCommentedAt());
            links.add(one);
        }
        json.put("links", links);
        return json;
    }

    private static List<Map<String, Object>> marks(List<Mark> marks) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Mark m : marks) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("criterion_id", m.getCriterionId());
            one.put("points", m.getPoints());
            one.put("feedback", m.getFeedback());
            one.put("prompt_id", m.getPromptId());
            one.put("at_second", m.getAtSecond());
            list.add(one);
        }
        return list;
    }

    private List<Attempt> attempts(StudentRef student) {
        return em.createQuery("select a from Attempt a where a.platformId = :platform and a.studentSubject = :subject "
                        + "order by a.createdAt", Attempt.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
    }

    private List<Practice> practices(StudentRef student) {
        return em.createQuery("select p from Practice p where p.platformId = :platform and p.studentSubject = :subject "
                        + "order by p.startedAt", Practice.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
    }

    private List<UUID> practiceIds(StudentRef student) {
        return em.createQuery("select p.id from Practice p where p.platformId = :platform and p.studentSubject = :subject",
                        UUID.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
    }
}
