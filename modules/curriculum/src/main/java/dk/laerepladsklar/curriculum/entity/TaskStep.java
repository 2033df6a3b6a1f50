package dk.laerepladsklar.curriculum.entity;

import java.util.List;
import java.util.Objects;

/**
 * Something to do outside the tool (call a company, write a CV, make something); done when the student confirms it,
 * uploads the file, or shows their work. Upload tasks list the file types they {@code accept}; "show your work" tasks
 * list the {@code media} they take (a photo, a short film or both) and how long a film may be.
 *
 * @param media           for {@link TaskKind#SHOW_WORK}: what the student may show; empty for other kinds
 * @param maxVideoSeconds for a task that takes films: the longest film, 10 to {@value #MAX_VIDEO_SECONDS} seconds;
 *                        0 otherwise
 */
public record TaskStep(String id, String title, String instructions, TaskKind taskKind, List<FileType> accept,
                       List<WorkMedia> media, int maxVideoSeconds, String confirmLabel) implements Step {

    /** The longest film a "show your work" task may ask for: two minutes. */
    public static final int MAX_VIDEO_SECONDS = 120;
    /** The longest caption kept with a shown work, in characters. */
    public static final int MAX_CAPTION = 300;

    public TaskStep {
        Step.requireIdAndTitle(id, title);
        Texts.requireText(instructions, "instructions of step " + id);
        Objects.requireNonNull(taskKind, "kind of task " + id);
        accept = accept == null ? List.of() : List.copyOf(accept);
        media = media == null ? List.of() : List.copyOf(media);
        if (taskKind == TaskKind.UPLOAD && accept.isEmpty()) {
            throw new IllegalArgumentException("Upload task " + id + " accepts no file types");
        }
        if (taskKind == TaskKind.SHOW_WORK) {
            if (media.isEmpty()) {
                throw new IllegalArgumentException("Show-work task " + id + " takes neither photo nor video (media)");
            }
            if (media.size() != media.stream().distinct().count()) {
                throw new IllegalArgumentException("Show-work task " + id + " names a medium twice");
            }
            if (!accept.isEmpty()) {
                throw new IllegalArgumentException("Show-work task " + id + " takes media, not file types (accept)");
            }
        } else if (!media.isEmpty()) {
            throw new IllegalArgumentException("Only a show-work task takes media (task " + id + ")");
        }
        if (media.contains(WorkMedia.VIDEO)) {
            if (maxVideoSeconds < 10 || maxVideoSeconds > MAX_VIDEO_SECONDS) {
                throw new IllegalArgumentException("Show-work task " + id + ": maxVideoSeconds must be 10 to "
                        + MAX_VIDEO_SECONDS);
            }
        } else if (maxVideoSeconds != 0) {
            throw new IllegalArgumentException("Task " + id + " takes no video, so it has no maxVideoSeconds");
        }
        Texts.requireText(confirmLabel, "confirmLabel of step " + id);
    }

    /** A checkbox or upload task, as the content pack had them before "show your work". */
    public TaskStep(String id, String title, String instructions, TaskKind taskKind, List<FileType> accept,
                    String confirmLabel) {
        this(id, title, instructions, taskKind, accept, List.of(), 0, confirmLabel);
    }

    public boolean isUpload() {
        return taskKind == TaskKind.UPLOAD;
    }

    public boolean isShowWork() {
        return taskKind == TaskKind.SHOW_WORK;
    }

    public boolean takesPhoto() {
        return media.contains(WorkMedia.PHOTO);
    }

    public boolean takesVideo() {
        return media.contains(WorkMedia.VIDEO);
    }

    /** For the file input's {@code accept} attribute, e.g. {@code .pdf,.docx,.jpg,.jpeg,.png}. */
    public String acceptAttribute() {
        return String.join(",", accept.stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e).toList());
    }

    /**
     * For a show-work task's "choose a file" input: the photo and film types the store keeps (never SVG or HEIC: asking
     * for JPEG makes an iPhone turn its HEIC photo into one).
     */
    public String mediaAcceptAttribute() {
        return String.join(",", media.stream().map(m -> m == WorkMedia.PHOTO ? "image/jpeg,image/png,image/webp"
                : "video/mp4,video/quicktime,video/webm").toList());
    }

    /** For a show-work task's camera input: what the phone's camera may take. */
    public String cameraAcceptAttribute() {
        return String.join(",", media.stream().map(m -> m == WorkMedia.PHOTO ? "image/*" : "video/*").toList());
    }

    /** For messages, e.g. {@code PDF, DOCX, JPG, PNG}. */
    public String acceptedNames() {
        return String.join(", ", accept.stream().map(FileType::displayName).toList());
    }

    @Override
    public StepKind kind() {
        return StepKind.TASK;
    }
}
