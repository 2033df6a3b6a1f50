package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.admin.AdminAuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The roles each school's LMS administrator grants ({@link SchoolRole}): today the apprenticeship consultant. Asked on
 * every request to a school-wide page ({@link Audience#FOLLOWING_SCHOOL}) and by {@link Access}, straight from the
 * database, so a revoked role is gone at the consultant's next request, on every node.
 *
 * <p>Grants and revocations are written to the tool's admin audit log ({@code SCHOOL_ROLE_GRANTED},
 * {@code SCHOOL_ROLE_REVOKED}) with the client's address and short pseudonyms of the people, never their LMS ids.
 */
@ApplicationScoped
public class SchoolRoles {

    private static final Logger LOG = Logger.getLogger(SchoolRoles.class);
    /** More consultants than any school has; keeps the school's list and a hostile script bounded. */
    public static final int MAX_PER_SCHOOL = 200;
    /** What a typed name may hold: letters, digits, spaces and the punctuation of names. */
    private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'’()-]+");

    /** What a grant or a revocation came to. */
    public enum Result {
        GRANTED, ALREADY_HELD, TOO_MANY, REVOKED, NOT_HELD,
        /** The launch is not an LMS administrator of that school: nothing changed. */
        REFUSED
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminAuditLog audit;
    @Inject
    Access access;

    Clock clock = Clock.systemUTC();

    /**
     * An LMS user id as an administrator may type it: what an LMS can send as {@code sub} (1 to 255 characters), with no
     * white space either (no LMS puts spaces in its ids; a space is a slip of the keyboard or a pasted name).
     */
    public static boolean isUserId(String subject) {
        return StudentRef.isSubject(subject) && subject.codePoints().noneMatch(Character::isWhitespace);
    }

    /** A name as an administrator may type it: 1 to {@value SchoolRole#MAX_NAME} characters of names, with a letter. */
    public static boolean isTypedName(String name) {
        return SchoolRole.isName(name) && NAME_CHARACTERS.matcher(name.strip()).matches()
                && name.codePoints().anyMatch(Character::isLetter);
    }

    /** Whether this LMS user is a consultant of this school now. */
    @Transactional
    public boolean isConsultant(PlatformId school, String subject) {
        if (school == null || !StudentRef.isSubject(subject)) {
            return false;
        }
        return !em.createQuery("select r.id from SchoolRole r where r.platformId = :platform and r.subject = :subject "
                        + "and r.kind = :kind", java.util.UUID.class)
                .setParameter("platform", school.value()).setParameter("subject", subject)
                .setParameter("kind", SchoolRole.Kind.CONSULTANT).setMaxResults(1).getResultList().isEmpty();
    }

    /** The school's consultants, by name. */
    @Transactional
    public List<SchoolRole> consultants(PlatformId school) {
        Objects.requireNonNull(school, "school");
        return em.createQuery("select r from SchoolRole r where r.platformId = :platform and r.kind = :kind "
                        + "order by lower(r.displayName), r.grantedAt", SchoolRole.class)
                .setParameter("platform", school.value()).setParameter("kind", SchoolRole.Kind.CONSULTANT)
                .setMaxResults(MAX_PER_SCHOOL).getResultList();
    }

    /**
     * The launch's LMS administrator makes this LMS user of their school a consultant of it.
     *
     * @param subject the person's LMS user id on the administrator's platform ({@link #isUserId})
     * @param name    how the school's pages show them ({@link SchoolRole#isName})
     * @throws IllegalArgumentException for an id or a name that is not one (nothing changes)
     */
    @Transactional
    public Result grant(LaunchContext admin, String subject, String name, String clientAddress) {
        if (!isUserId(subject) || !SchoolRole.isName(name)) {
            throw new IllegalArgumentException("Not an LMS user id and a name");
        }
        PlatformId school = admin.platform();
        if (!access.mayAdministerSchool(admin, school)) {
            return Result.REFUSED;
        }
        if (isConsultant(school, subject)) {
            return Result.ALREADY_HELD;
        }
        if (consultants(school).size() >= MAX_PER_SCHOOL) {
            LOG.warnf("School role refused: SCHOOL_ROLES_FULL (%d consultants)", MAX_PER_SCHOOL);
            return Result.TOO_MANY;
        }
        StudentRef person = new StudentRef(school, subject);
        em.persist(new SchoolRole(person, SchoolRole.Kind.CONSULTANT, name, admin.actor().subject(), clock.instant()));
        String detail = "platform " + school.value() + ": " + SchoolRole.Kind.CONSULTANT + " granted to person "
                + person.pseudonym() + " by the school's LMS administrator "
                + new StudentRef(school, admin.actor().subject()).pseudonym();
        audit.record(clientAddress, "SCHOOL_ROLE_GRANTED", detail);
        LOG.infof("School role granted: %s to %s", SchoolRole.Kind.CONSULTANT, person);
        return Result.GRANTED;
    }

    /** The launch's LMS administrator takes the consultant role from this LMS user of their school. */
    @Transactional
    public Result revoke(LaunchContext admin, String subject, String clientAddress) {
        PlatformId school = admin.platform();
        if (!access.mayAdministerSchool(admin, school)) {
            return Result.REFUSED;
        }
        if (!StudentRef.isSubject(subject)) {
            return Result.NOT_HELD;
        }
        int deleted = em.createQuery("delete from SchoolRole r where r.platformId = :platform and r.subject = :subject "
                        + "and r.kind = :kind")
                .setParameter("platform", school.value()).setParameter("subject", subject)
                .setParameter("kind", SchoolRole.Kind.CONSULTANT).executeUpdate();
        if (deleted == 0) {
            return Result.NOT_HELD;
        }
        StudentRef person = new StudentRef(school, subject);
        audit.record(clientAddress, "SCHOOL_ROLE_REVOKED", "platform " + school.value() + ": " + SchoolRole.Kind.CONSULTANT
                + " revoked from person " + person.pseudonym() + " by the school's LMS administrator "
                + new StudentRef(school, admin.actor().subject()).pseudonym());
        LOG.infof("School role revoked: %s from %s", SchoolRole.Kind.CONSULTANT, person);
        return Result.REVOKED;
    }

    /** The roles this person holds at their school (for an export). */
    @Transactional
    public List<SchoolRole> heldBy(StudentRef person) {
        return em.createQuery("select r from SchoolRole r where r.platformId = :platform and r.subject = :subject "
                        + "order by r.grantedAt", SchoolRole.class)
                .setParameter("platform", person.platform().value()).setParameter("subject", person.subject())
                .getResultList();
    }

    /** The grants this person made as the school's administrator (for an export). */
    @Transactional
    public List<SchoolRole> grantedBy(StudentRef person) {
        return em.createQuery("select r from SchoolRole r where r.platformId = :platform and r.grantedBy = :subject "
                        + "order by r.grantedAt", SchoolRole.class)
                .setParameter("platform", person.platform().value()).setParameter("subject", person.subject())
                .getResultList();
    }

    /**
     * Erases this person: the roles they hold go, and the grants they made stay without their id (a school keeps its
     * consultants when the administrator who named them leaves). Within the caller's transaction.
     *
     * @return roles deleted, grants made anonymous
     */
    @Transactional
    public Erased erase(StudentRef person) {
        int held = em.createQuery("delete from SchoolRole r where r.platformId = :platform and r.subject = :subject")
                .setParameter("platform", person.platform().value()).setParameter("subject", person.subject())
                .executeUpdate();
        List<SchoolRole> granted = grantedBy(person);
        granted.forEach(SchoolRole::forgetGranter);
        return new Erased(held, granted.size());
    }

    /** What an erasure did: the roles the person held that went, the grants they made that no longer name them. */
    public record Erased(long rolesHeld, long grantsMade) {
    }
}
