package dk.laerepladsklar.curriculum.entity;

import java.util.List;
import java.util.Objects;

/**
 * Something to do outside the tool (call a company, write a CV); done when the student confirms it or uploads
 * the file. Upload tasks list the file types they {@code accept}.
 */
public record TaskStep(String id, String title, String instructions, TaskKind taskKind, List<FileType> accept,
                       String confirmLabel) implements Step {

    public TaskStep {
        Step.requireIdAndTitle(id, title);
        Texts.requireText(instructions, "instructions of step " + id);
        Objects.requireNonNull(taskKind, "kind of task " + id);
        accept = accept == null ? List.of() : List.copyOf(accept);
        if (taskKind == TaskKind.UPLOAD && accept.isEmpty()) {
            throw new IllegalArgumentException("Upload task " + id + " accepts no file types");
        }
        Texts.requireText(confirmLabel, "confirmLabel of step " + id);
    }

    public boolean isUpload() {
        return taskKind == TaskKind.UPLOAD;
    }

    /** For the file input's {@code accept} attribute, e.g. {@code .pdf,.docx,.jpg,.jpeg,.png}. */
    public String acceptAttribute() {
        return String.join(",", accept.stream().flatMap(t -> t.extensions().stream()).map(e -> "." + e).toList());
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
