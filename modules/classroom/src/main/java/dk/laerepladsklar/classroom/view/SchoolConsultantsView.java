package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.SchoolRole;
import dk.laerepladsklar.kernel.access.SchoolRoles;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.roster.CourseRoster;
import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The school's apprenticeship consultants, for the LMS administrators of the launch's school: who holds the role, a
 * button to take it back, and two ways to give it: pick one of the staff on the roster of the course the administrator
 * launched from, or type an LMS user id and a name (for a teacher of another course, whom this roster does not list).
 * A person is chosen by what the server holds (the roster, the list), never by an id or name the form could forge;
 * only the typed id and name come from the form, and they are checked before anything is kept. The kernel's
 * {@link Access} decides on every action again, and {@link SchoolRoles} audits each grant and revocation.
 */
@Named
@ViewScoped
public class SchoolConsultantsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Inject
    SignedInUser user;
    @Inject
    Access access;
    @Inject
    transient SchoolRoles roles;
    @Inject
    transient CourseRoster rosters;
    @Inject
    transient HttpServletRequest request;

    /** A consultant as the page lists them. */
    public record Holder(String subject, String name, Instant grantedAt) implements Serializable {
    }

    /** A member of the course's staff who may be given the role. */
    public record Candidate(String subject, String name) implements Serializable {
    }

    private List<Holder> consultants = List.of();
    private List<Candidate> candidates = List.of();
    private boolean rosterKnown;
    private String typedId = "";
    private String typedName = "";

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        LaunchContext launch = user.current();
        consultants = roles.consultants(launch.platform()).stream()
                .map(r -> new Holder(r.getSubject(), r.getDisplayName(), r.getGrantedAt())).toList();
        Set<String> holding = consultants.stream().map(Holder::subject).collect(Collectors.toSet());
        CourseRoster.Fetched roster = rosters.members(launch, false);
        rosterKnown = roster.problem() == null;
        candidates = roster.members().stream()
                .filter(m -> m.active() && m.roles().stream().anyMatch(Role::teaches))
                .filter(m -> SchoolRoles.isUserId(m.subject()) && !holding.contains(m.subject()))
                .map(m -> new Candidate(m.subject(), nameOf(m)))
                .sorted(Comparator.comparing((Candidate c) -> c.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The roster's name (or email), cut to what a grant keeps, without control characters; else the LMS user id. */
    static String nameOf(Member member) {
        String name = member.displayName().orElse(member.subject()).codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = member.subject();
        }
        return name.length() > SchoolRole.MAX_NAME ? name.substring(0, SchoolRole.MAX_NAME).strip() : name;
    }

    public List<Holder> getConsultants() {
        return consultants;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public boolean isRosterKnown() {
        return rosterKnown;
    }

    public String getTypedId() {
        return typedId;
    }

    public void setTypedId(String typedId) {
        this.typedId = typedId;
    }

    public String getTypedName() {
        return typedName;
    }

    public void setTypedName(String typedName) {
        this.typedName = typedName;
    }

    public int getMaxName() {
        return SchoolRole.MAX_NAME;
    }

    /** When the role was given, in Danish time and the launch's language. */
    public String grantedAt(Holder holder) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(user.getLocale()).withZone(DANISH_TIME)
                .format(holder.grantedAt());
    }

    /** Gives the role to one of the course's staff, as the roster this page holds lists them. */
    public void grant(Candidate candidate) {
        Optional<Candidate> listed = candidates.stream().filter(c -> c.equals(candidate)).findFirst();
        if (listed.isEmpty()) {
            refresh();
            return;
        }
        give(listed.get().subject(), listed.get().name());
    }

    /** Gives the role to the LMS user typed in, by the name typed in; both checked first. */
    public void grantTyped() {
        if (!mayAdminister()) {
            return;
        }
        String id = typedId == null ? "" : typedId.strip();
        String name = typedName == null ? "" : typedName.strip();
        boolean idOk = SchoolRoles.isUserId(id);
        boolean nameOk = SchoolRoles.isTypedName(name);
        if (!idOk) {
            PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.badId");
        }
        if (!nameOk) {
            PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.badName", SchoolRole.MAX_NAME);
        }
        if (idOk && nameOk && give(id, name)) {
            typedId = "";
            typedName = "";
        }
    }

    private boolean give(String subject, String name) {
        if (!mayAdminister()) {
            return false;
        }
        SchoolRoles.Result result = roles.grant(user.current(), subject, name, request.getRemoteAddr());
        switch (result) {
            case GRANTED -> PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.granted", name);
            case ALREADY_HELD -> PageMessages.warning(ContentSelectionView.BUNDLE, user.getLocale(),
                    "school.consultants.alreadyHeld", name);
            case TOO_MANY -> PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.tooMany",
                    SchoolRoles.MAX_PER_SCHOOL);
            default -> PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.notAllowed");
        }
        refresh();
        return result == SchoolRoles.Result.GRANTED;
    }

    /** Takes the role back from one of the consultants this page lists. */
    public void revoke(Holder holder) {
        if (!mayAdminister()) {
            return;
        }
        Optional<Holder> listed = consultants.stream().filter(h -> h.equals(holder)).findFirst();
        if (listed.isPresent()) {
            SchoolRoles.Result result = roles.revoke(user.current(), listed.get().subject(), request.getRemoteAddr());
            if (result == SchoolRoles.Result.REVOKED) {
                PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.revoked", listed.get().name());
            } else if (result == SchoolRoles.Result.NOT_HELD) {
                PageMessages.warning(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.notHeld",
                        listed.get().name());
            }
        }
        refresh();
    }

    private boolean mayAdminister() {
        LaunchContext launch = user.current();
        if (access.mayAdministerSchool(launch, launch.platform())) {
            return true;
        }
        PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.consultants.notAllowed");
        return false;
    }
}
