package dk.laerepladsklar.curriculum.control;

import dk.laerepladsklar.curriculum.entity.FileType;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.UploadedFile;
import java.util.Optional;

/**
 * Decides whether a file may be handed in for an upload task: there is a file, it is at most 10 MB, its
 * extension is one the task accepts, and its first bytes say it really is that type.
 */
public final class UploadCheck {

    /** Why a file was refused; each has a message in the module's bundle ({@code upload.rejected.<name>}). */
    public enum Rejection {
        NO_FILE, EMPTY, TOO_LARGE, TYPE_NOT_ACCEPTED, CONTENT_MISMATCH, NOT_AN_UPLOAD_TASK
    }

    /** Either the type the file was accepted as, or why it was refused. */
    public record Verdict(FileType type, Rejection rejection) {
        public boolean accepted() {
            return type != null;
        }
    }

    private UploadCheck() {
    }

    /**
     * @param head the file's first bytes ({@link FileType#MAGIC_LENGTH} are enough; fewer if the file is shorter)
     */
    public static Verdict check(TaskStep task, String fileName, long size, byte[] head) {
        if (!task.isUpload()) {
            return refuse(Rejection.NOT_AN_UPLOAD_TASK);
        }
        if (fileName == null || fileName.isBlank()) {
            return refuse(Rejection.NO_FILE);
        }
        if (size <= 0) {
            return refuse(Rejection.EMPTY);
        }
        if (size > UploadedFile.MAX_BYTES) {
            return refuse(Rejection.TOO_LARGE);
        }
        Optional<FileType> type = FileType.ofFileName(fileName).filter(task.accept()::contains);
        if (type.isEmpty()) {
            return refuse(Rejection.TYPE_NOT_ACCEPTED);
        }
        if (!type.get().matches(head)) {
            return refuse(Rejection.CONTENT_MISMATCH);
        }
        return new Verdict(type.get(), null);
    }

    private static Verdict refuse(Rejection rejection) {
        return new Verdict(null, rejection);
    }
}
