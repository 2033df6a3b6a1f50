package dk.laerepladsklar.media.boundary;

import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.personaldata.PersonalData;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A student's recordings, voice answers and photos: listed in {@code student.json} and included as files in the
 * export zip (streamed into it from the store, never read whole into memory); erased rows first, files once the
 * erasure has committed.
 */
@ApplicationScoped
public class MediaPersonalData implements PersonalData {

    static final String MODULE = "media";

    @Inject
    Media media;

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public Map<String, Long> held(StudentRef student) {
        return Map.of("media", (long) media.ownedBy(student).size());
    }

    @Override
    @Transactional
    public Section export(StudentRef student) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<StudentFile> files = new ArrayList<>();
        for (MediaItem item : media.ownedBy(student)) {
            String name = item.purpose() + "/" + item.id() + MediaDownloadServlet.extension(item.contentType());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", item.id());
            row.put("course_id", item.course().courseId());
            row.put("purpose", item.purpose());
            row.put("reference", item.reference());
            row.put("kind", item.kind());
            row.put("content_type", item.contentType());
            row.put("size_bytes", item.size());
            row.put("created_at", item.createdAt());
            row.put("assessed_at", media.assessedAt(item.id()).orElse(null));
            row.put("retain_until", item.retainUntil());
            row.put("file", name);
            items.add(row);
            if (media.hasBytes(item)) {
                files.add(new StudentFile(name, item.contentType(), item.size(), () -> media.open(item, 0, item.size())));
            }
        }
        return new Section(Map.of("media", items), files);
    }

    @Override
    @Transactional
    public Map<String, Long> erase(StudentRef student) {
        return Map.of("media", media.eraseOwnedBy(student));
    }
}
