package dk.laerepladsklar.curriculum.control;

import static dk.laerepladsklar.curriculum.entity.TestModules.checkbox;
import static dk.laerepladsklar.curriculum.entity.TestModules.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.laerepladsklar.curriculum.control.UploadCheck.Rejection;
import dk.laerepladsklar.curriculum.entity.FileType;
import dk.laerepladsklar.curriculum.entity.TaskStep;
import dk.laerepladsklar.curriculum.entity.UploadedFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    private final TaskStep cv = upload("cv", FileType.PDF, FileType.DOCX, FileType.JPG, FileType.PNG);

    @Test
    void theAcceptedTypesPassByNameAndContent() {
        assertEquals(FileType.PDF, UploadCheck.check(cv, "cv.pdf", 1000, PDF).type());
        assertEquals(FileType.PDF, UploadCheck.check(cv, "MIT CV.PDF", 1000, PDF).type());
        assertEquals(FileType.DOCX, UploadCheck.check(cv, "cv.docx", 1000, DOCX).type());
        assertEquals(FileType.JPG, UploadCheck.check(cv, "foto.jpeg", 1000, JPEG).type());
        assertEquals(FileType.JPG, UploadCheck.check(cv, "foto.jpg", 1000, JPEG).type());
        assertEquals(FileType.PNG, UploadCheck.check(cv, "kort.png", 1000, PNG).type());
    }

    @Test
    void aRenamedFileIsRefusedByItsContent() {
        assertEquals(Rejection.CONTENT_MISMATCH, UploadCheck.check(cv, "cv.pdf", 1000, EXE).rejection());
        assertEquals(Rejection.CONTENT_MISMATCH, UploadCheck.check(cv, "cv.png", 1000, JPEG).rejection());
        assertEquals(Rejection.CONTENT_MISMATCH, UploadCheck.check(cv, "cv.pdf", 3, new byte[] {'%', 'P', 'D'}).rejection());
    }

    @Test
    void otherTypesAreRefusedByName() {
        assertEquals(Rejection.TYPE_NOT_ACCEPTED, UploadCheck.check(cv, "virus.exe", 1000, EXE).rejection());
        assertEquals(Rejection.TYPE_NOT_ACCEPTED, UploadCheck.check(cv, "cv", 1000, PDF).rejection());
        TaskStep pdfOnly = upload("letter", FileType.PDF);
        assertEquals(Rejection.TYPE_NOT_ACCEPTED, UploadCheck.check(pdfOnly, "cv.png", 1000, PNG).rejection());
    }

    @Test
    void sizeAndPresenceAreChecked() {
        assertEquals(Rejection.NO_FILE, UploadCheck.check(cv, "", 0, new byte[0]).rejection());
        assertEquals(Rejection.EMPTY, UploadCheck.check(cv, "cv.pdf", 0, new byte[0]).rejection());
        assertEquals(Rejection.TOO_LARGE, UploadCheck.check(cv, "cv.pdf", UploadedFile.MAX_BYTES + 1, PDF).rejection());
        assertNull(UploadCheck.check(cv, "cv.pdf", UploadedFile.MAX_BYTES, PDF).rejection());
    }

    @Test
    void aCheckboxTaskTakesNoFile() {
        assertEquals(Rejection.NOT_AN_UPLOAD_TASK, UploadCheck.check(checkbox("call"), "cv.pdf", 1000, PDF).rejection());
    }
}
