package dk.laerepladsklar.jobsearchweek.control;

import dk.laerepladsklar.jobsearchweek.entity.SessionDetails;
import dk.laerepladsklar.jobsearchweek.entity.WeekProgramme;
import dk.laerepladsklar.jobsearchweek.entity.WeekRefused;
import dk.laerepladsklar.kernel.activity.ActivityRef;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme as JSON and back: the shape of the shipped templates and of a school's saved ones. Days are a list (the
 * first is day 1), each with its theme and sessions; activities name their due day. A JSON that does not fit is
 * refused as a whole ({@code TEMPLATE_UNREADABLE}), never half read.
 *
 * <pre>{"title": "...", "days": [{"theme": "...", "sessions": [{"start": "08:15", "end": "09:00", "title": "...",
 *   "place": "...", "link": "https://...", "host": "...", "bring": "..."}]}],
 *  "activities": [{"activity": "teaching-module:networking", "title": "...", "due": 1},
 *                 {"task": "...", "link": "https://...", "due": 1}]}</pre>
 */
public final class ProgrammeJson {

    /** More than any real week; a cap so a forged template cannot make thousands of rows. */
    static final int MAX_SESSIONS = 150;
    static final int MAX_ACTIVITIES = 100;

    private ProgrammeJson() {
    }

    public static WeekProgramme read(String json) {
        if (json == null) {
            throw new WeekRefused("TEMPLATE_UNREADABLE");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return read(reader.readObject());
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            throw new WeekRefused("TEMPLATE_UNREADABLE");
        }
    }

    public static WeekProgramme read(JsonObject json) {
        try {
            JsonArray days = json.getJsonArray("days");
            if (days == null) {
                throw new WeekRefused("TEMPLATE_UNREADABLE");
            }
            Map<Integer, String> themes = new HashMap<>();
            List<WeekProgramme.Session> sessions = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                JsonObject day = days.getJsonObject(i);
                int number = i + 1;
                String theme = text(day, "theme");
                if (theme != null) {
                    themes.put(number, theme);
                }
                JsonArray daySessions = day.getJsonArray("sessions");
                for (int s = 0; daySessions != null && s < daySessions.size(); s++) {
                    JsonObject session = daySessions.getJsonObject(s);
                    sessions.add(new WeekProgramme.Session(number, time(session, "start"), time(session, "end"),
                            new SessionDetails(text(session, "title"), text(session, "place"), text(session, "link"),
                                    text(session, "host"), text(session, "bring"))));
                }
            }
            List<WeekProgramme.Activity> activities = new ArrayList<>();
            JsonArray listed = json.getJsonArray("activities");
            for (int i = 0; listed != null && i < listed.size(); i++) {
                JsonObject activity = listed.getJsonObject(i);
                int due = activity.getInt("due");
                if (activity.containsKey("activity")) {
                    ActivityRef ref = ActivityRef.parse(text(activity, "activity"))
                            .orElseThrow(() -> new WeekRefused("TEMPLATE_UNREADABLE"));
                    activities.add(new WeekProgramme.Activity(ref, text(activity, "title"), null, due));
                } else {
                    activities.add(new WeekProgramme.Activity(null, text(activity, "task"), text(activity, "link"), due));
                }
            }
            if (sessions.size() > MAX_SESSIONS || activities.size() > MAX_ACTIVITIES) {
                throw new WeekRefused("TEMPLATE_TOO_LARGE");
            }
            return new WeekProgramme(text(json, "title"), days.size(), themes, sessions, activities);
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException | ArithmeticException e) {
            throw new WeekRefused("TEMPLATE_UNREADABLE");
        }
    }

    public static String write(WeekProgramme programme) {
        JsonArrayBuilder days = Json.createArrayBuilder();
        for (int day = 1; day <= programme.dayCount(); day++) {
            JsonObjectBuilder dayJson = Json.createObjectBuilder();
            put(dayJson, "theme", programme.themes().get(day));
            JsonArrayBuilder sessions = Json.createArrayBuilder();
            for (WeekProgramme.Session session : programme.sessions()) {
                if (session.day() == day) {
                    JsonObjectBuilder s = Json.createObjectBuilder()
                            .add("start", session.start().toString()).add("end", session.end().toString());
                    put(s, "title", session.details().title());
                    put(s, "place", session.details().place());
                    put(s, "link", session.details().onlineLink());
                    put(s, "host", session.details().host());
                    put(s, "bring", session.details().bring());
                    sessions.add(s);
                }
            }
            days.add(dayJson.add("sessions", sessions));
        }
        JsonArrayBuilder activities = Json.createArrayBuilder();
        for (WeekProgramme.Activity activity : programme.activities()) {
            JsonObjectBuilder a = Json.createObjectBuilder();
            if (activity.isTask()) {
                put(a, "task", activity.title());
                put(a, "link", activity.link());
            } else {
                a.add("activity", activity.activity().toString());
                put(a, "title", activity.title());
            }
            activities.add(a.add("due", activity.dueDay()));
        }
        return Json.createObjectBuilder().add("title", programme.title()).add("days", days)
                .add("activities", activities).build().toString();
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return json.getString(name);
    }

    private static LocalTime time(JsonObject json, String name) {
        String value = text(json, name);
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new WeekRefused("TEMPLATE_UNREADABLE");
        }
    }
}
