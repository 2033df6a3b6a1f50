package dk.laerepladsklar.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaUploadServletTest {

    @Test
    void tusMetadataIsReadAndGarbageRefused() {
        assertEquals(Map.of("purpose", "recording", "ref", "attempt 7", "flag", ""),
                MediaUploadServlet.metadata("purpose cmVjb3JkaW5n,ref YXR0ZW1wdCA3, flag"));
        assertEquals(Map.of(), MediaUploadServlet.metadata(null));
        for (String garbage : new String[] {"purpose %%%", "purpose a b", ",purpose cmVjb3JkaW5n", "x".repeat(3000)}) {
            assertThrows(IllegalArgumentException.class, () -> MediaUploadServlet.metadata(garbage), garbage);
        }
    }

    @Test
    void onlyADecimalLengthCounts() {
        assertEquals(100, MediaUploadServlet.length("100"));
        for (String bad : new String[] {null, "", "-1", "ten", "1e9", "99999999999999999999", " 5"}) {
            assertEquals(-1, MediaUploadServlet.length(bad), String.valueOf(bad));
        }
    }

    @Test
    void anUploadBelongsToOneStudentInOneCourseOfOneSchool() {
        PlatformId school = new PlatformId(UUID.randomUUID());
        PlatformId other = new PlatformId(UUID.randomUUID());
        String key = MediaUploadServlet.ownerKey(new StudentRef(school, "student-5"), new CourseRef(school, "GF2"));
        assertEquals(key, MediaUploadServlet.ownerKey(new StudentRef(school, "student-5"), new CourseRef(school, "GF2")));
        assertNotEquals(key, MediaUploadServlet.ownerKey(new StudentRef(school, "6"), new CourseRef(school, "GF2")));
        assertNotEquals(key, MediaUploadServlet.ownerKey(new StudentRef(school, "student-5"), new CourseRef(school, "GF3")));
        assertNotEquals(key, MediaUploadServlet.ownerKey(new StudentRef(other, "student-5"), new CourseRef(other, "GF2")));
        assertFalse(key.contains("student"), "a hash, not the LMS id");
        assertEquals(64, key.length());
    }

    @Test
    void everyRefusalHasWordsInDanishAndEnglish() {
        for (String code : new String[] {"MEDIA_NO_LAUNCH", "MEDIA_NOT_ALLOWED", "MEDIA_TOO_LARGE", "MEDIA_TYPE_REFUSED",
                "MEDIA_EMPTY", "MEDIA_PURPOSE_UNKNOWN", "MEDIA_LENGTH_MISSING", "MEDIA_UPLOAD_UNKNOWN",
                "MEDIA_OFFSET_CONFLICT", "MEDIA_UPLOAD_BUSY", "MEDIA_PROTOCOL", "MEDIA_BAD_REQUEST"}) {
            String da = ResourceBundle.getBundle(MediaAnswers.BUNDLE, Locale.forLanguageTag("da")).getString("media.refused." + code);
            String en = ResourceBundle.getBundle(MediaAnswers.BUNDLE, Locale.ENGLISH).getString("media.refused." + code);
            assertNotEquals(da, en, code);
            assertTrue(!da.isBlank() && !en.isBlank(), code);
        }
        for (int status : new int[] {404, 409, 412, 413, 423}) {
            String code = MediaUploadServlet.codeFor(status);
            assertTrue(ResourceBundle.getBundle(MediaAnswers.BUNDLE, Locale.ENGLISH).containsKey("media.refused." + code));
        }
    }
}
