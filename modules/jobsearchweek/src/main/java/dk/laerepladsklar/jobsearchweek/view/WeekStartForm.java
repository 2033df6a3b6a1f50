package dk.laerepladsklar.jobsearchweek.view;

import static dk.laerepladsklar.jobsearchweek.view.TypedInput.cut;

import dk.laerepladsklar.jobsearchweek.boundary.StartOption;
import dk.laerepladsklar.jobsearchweek.boundary.WeekStarts;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Where a week starts and what it leaves for the next: an empty week starts from a shipped or school template or from
 * another week the teacher planned (the way a week is copied), and a planned week is saved as the school's template.
 */
@Named
@ViewScoped
public class WeekStartForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser user;
    @Inject
    transient WeekStarts starts;
    @Inject
    WeekPlanView plan;

    private String templateName;

    public List<StartOption> getStartOptions() {
        return starts.startOptions(plan.weekId(), user.current());
    }

    public String optionLabel(StartOption option) {
        return switch (option.kind()) {
            case SHIPPED -> plan.text("start.shipped", option.name(), plan.text("language." + option.detail()));
            case SCHOOL -> plan.text("start.school", option.name(), option.detail());
            case WEEK -> plan.text("start.week", option.name(), option.detail());
        };
    }

    public void startFrom() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("start-option");
        plan.change(() -> {
            int leftOut = starts.startFrom(plan.weekId(), user.current(), chosen);
            if (leftOut > 0) {
                plan.warning("saved.leftOut", leftOut);
            }
            return "saved.started";
        });
    }

    public void saveTemplate() {
        boolean saved = plan.change(() -> {
            starts.saveAsSchoolTemplate(plan.weekId(), user.current(), cut(templateName));
            return "saved.template";
        });
        if (saved) {
            templateName = "";
        }
    }

    public String getTemplateName() { return templateName; }
    public void setTemplateName(String templateName) { this.templateName = templateName; }
}
