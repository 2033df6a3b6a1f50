package dk.laerepladsklar.jobsearchweek.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.LocalDate;

/**
 * A task outside the tool that the student ticks when done, such as "Opret dig som lærepladssøgende på
 * lærepladsen.dk", with an optional link to the page where it is done (https only: it opens outside the tool).
 */
@Entity
@DiscriminatorValue("TASK")
public class WeekTask extends WeekActivity {

    @Column(name = "link", length = WeekTexts.MAX_LINK)
    private String link;

    protected WeekTask() {
    }

    public WeekTask(JobSearchWeek week, String title, String link, LocalDate due, int position) {
        super(week, title, "TASK_TITLE", due, position);
        this.link = WeekTexts.link(link, false, "TASK_LINK");
    }

    public void change(String newTitle, String newLink) {
        String checkedLink = WeekTexts.link(newLink, false, "TASK_LINK");
        retitle(newTitle, "TASK_TITLE");
        this.link = checkedLink;
    }

    public String getLink() {
        return link;
    }

    @Override
    public boolean isTask() {
        return true;
    }
}
