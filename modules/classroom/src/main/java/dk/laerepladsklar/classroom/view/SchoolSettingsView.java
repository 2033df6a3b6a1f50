package dk.laerepladsklar.classroom.view;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.RetentionSetting;
import dk.laerepladsklar.kernel.media.SchoolRetention;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The school's settings, for the LMS administrators of the launch's school (platform): how long recordings are kept
 * after the teacher's assessment. What a value means is said in plain words beside it; a value outside
 * {@value SchoolRetention#MIN_DAYS}–{@value SchoolRetention#MAX_DAYS} days, or no whole number, is refused with a
 * sentence and nothing changes. The kernel's {@link Access} decides who may change it, again on every save.
 */
@Named
@ViewScoped
public class SchoolSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    @Inject
    SignedInUser user;
    @Inject
    Access access;
    @Inject
    transient SchoolRetention retention;
    @Inject
    transient HttpServletRequest request;

    private RetentionSetting setting;
    private String days;

    @PostConstruct
    void init() {
        setting = retention.of(user.current().platform());
        days = String.valueOf(setting.days());
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public RetentionSetting getSetting() {
        return setting;
    }

    public int getMinDays() {
        return SchoolRetention.MIN_DAYS;
    }

    public int getMaxDays() {
        return SchoolRetention.MAX_DAYS;
    }

    /** When the school last changed it, in Danish time and the launch's language; empty when it never did. */
    public String getChangedAt() {
        return setting.changedAt() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(user.getLocale()).withZone(DANISH_TIME).format(setting.changedAt());
    }

    public void save() {
        LaunchContext launch = user.current();
        if (!access.mayAdministerSchool(launch, launch.platform())) {
            PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.retention.notAllowed");
            return;
        }
        Integer chosen = wholeNumber(days);
        if (chosen == null || !SchoolRetention.acceptable(chosen)) {
            PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.retention.refused",
                    SchoolRetention.MIN_DAYS, SchoolRetention.MAX_DAYS);
            return;
        }
        setting = retention.change(launch.platform(), chosen, request.getRemoteAddr());
        days = String.valueOf(setting.days());
        PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "school.retention.saved", setting.days(),
                setting.rescheduled());
    }

    public void reset() {
        LaunchContext launch = user.current();
        if (!access.mayAdministerSchool(launch, launch.platform())) {
            PageMessages.error(ContentSelectionView.BUNDLE, user.getLocale(), "school.retention.notAllowed");
            return;
        }
        setting = retention.reset(launch.platform(), request.getRemoteAddr());
        days = String.valueOf(setting.days());
        PageMessages.info(ContentSelectionView.BUNDLE, user.getLocale(), "school.retention.resetDone", setting.days(),
                setting.rescheduled());
    }

    /** A whole number of at most six digits (spaces around it allowed), or null. */
    static Integer wholeNumber(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.matches("\\d{1,6}") ? Integer.valueOf(stripped) : null;
    }
}
