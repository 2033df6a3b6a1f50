package dk.laerepladsklar.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real small files made with ffmpeg (in {@code samples/}), and hostile files named as media: the bytes decide. */
class ContentCheckTest {

    private static final MediaPurpose RECORDING = MediaPurpose.of("recording", 1000, MediaKind.VIDEO, MediaKind.AUDIO);
    private static final MediaPurpose VOICE = MediaPurpose.of("voice-answer", 1000, MediaKind.AUDIO);
    private static final MediaPurpose PHOTO = MediaPurpose.of("show-work", 1000, MediaKind.IMAGE, MediaKind.VIDEO);

    @ParameterizedTest
    @CsvSource({
            "recording.webm, video/webm",
            "voice.webm, video/webm",
            "recording.mp4, video/mp4",
            "recording.mov, video/quicktime",
            "voice.m4a, audio/mp4",
            "iphone-recording.mp4, video/mp4",
            "iphone-voice.m4a, video/mp4",
            "voice.ogg, audio/ogg",
            "voice-opus.ogg, audio/ogg",
            "voice.wav, audio/wav",
            "photo.jpg, image/jpeg",
            "photo.png, image/png",
            "photo.webp, image/webp"})
    void realMediaIsRecognisedByItsBytes(String sample, String type) throws IOException {
        ContentCheck.Detected detected = detect(sample);
        assertEquals(type, detected.contentType(), sample);
        assertTrue(detected.acceptable(), sample);
        assertTrue(ContentCheck.PLAYABLE.contains(detected.contentType()), sample);
    }

    @ParameterizedTest
    @CsvSource({"page-renamed.webm", "drawing-renamed.png", "script-renamed.mp4", "document-renamed.wav",
            "page-with-mp4-header.mp4"})
    void pagesDrawingsScriptsAndDocumentsNamedAsMediaAreRefused(String sample) throws IOException {
        ContentCheck.Detected detected = detect(sample);
        assertFalse(detected.acceptable(), sample + " detected as " + detected.contentType());
        for (MediaPurpose purpose : new MediaPurpose[] {RECORDING, VOICE, PHOTO}) {
            assertEquals(Optional.empty(), ContentCheck.kindFor(detected, purpose), sample);
        }
    }

    @Test
    void anHtmlPageRenamedWebmIsHtml() throws IOException {
        assertEquals("text/html", detect("page-renamed.webm").contentType());
    }

    @Test
    void eachPurposeTakesOnlyItsKinds() throws IOException {
        assertEquals(Optional.of(MediaKind.VIDEO), ContentCheck.kindFor(detect("recording.webm"), RECORDING));
        assertEquals(Optional.of(MediaKind.AUDIO), ContentCheck.kindFor(detect("voice.webm"), VOICE),
                "a webm of a voice answer is a sound");
        assertEquals(Optional.of(MediaKind.AUDIO), ContentCheck.kindFor(detect("voice.wav"), RECORDING));
        assertEquals(Optional.empty(), ContentCheck.kindFor(detect("photo.jpg"), RECORDING), "no photos as recordings");
        assertEquals(Optional.empty(), ContentCheck.kindFor(detect("photo.png"), VOICE));
        assertEquals(Optional.empty(), ContentCheck.kindFor(detect("voice.wav"), PHOTO), "a sound alone shows no work");
        assertEquals(Optional.of(MediaKind.IMAGE), ContentCheck.kindFor(detect("photo.webp"), PHOTO));
        assertEquals(Optional.of(MediaKind.VIDEO), ContentCheck.kindFor(detect("recording.mov"), PHOTO));
    }

    /** What an iPhone records (Safari's MediaRecorder: fragmented MP4, H.264 and AAC, or AAC alone) is a recording. */
    @Test
    void safarisFragmentedMp4IsAFilmOrAVoice() throws IOException {
        assertEquals(Optional.of(MediaKind.VIDEO), ContentCheck.kindFor(detect("iphone-recording.mp4"), RECORDING));
        assertEquals(Optional.of(MediaKind.AUDIO), ContentCheck.kindFor(detect("iphone-voice.m4a"), VOICE));
        assertEquals(Optional.of(MediaKind.AUDIO), ContentCheck.kindFor(detect("voice-opus.ogg"), VOICE));
        assertEquals(Optional.empty(), ContentCheck.kindFor(detect("voice-opus.ogg"), PHOTO));
    }

    @Test
    void anIsoHeaderMustBeFollowedByABox() {
        byte[] real = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', '5', 0, 0, 2, 0, 'i', 's', 'o', '5', 'm', 'p', '4', '1',
                0, 0, 4, 0, 'm', 'o', 'o', 'v'};
        assertTrue(ContentCheck.wellFormedIsoStart(real));
        byte[] page = real.clone();
        System.arraycopy("<htm".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, page, 24, 4);
        System.arraycopy("l><s".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, page, 28, 4);
        assertFalse(ContentCheck.wellFormedIsoStart(page));
        byte[] huge = real.clone();
        huge[0] = 0x7f;
        assertFalse(ContentCheck.wellFormedIsoStart(huge), "an ftyp of 2 GB is no ftyp");
        byte[] brand = real.clone();
        brand[9] = 0x01;
        assertFalse(ContentCheck.wellFormedIsoStart(brand), "a brand is four printable characters");
    }

    @Test
    void detectionLeavesTheStreamWhereItWas() throws IOException {
        try (InputStream raw = sample("voice.wav"); BufferedInputStream in = new BufferedInputStream(raw)) {
            ContentCheck.detect(in);
            byte[] start = in.readNBytes(4);
            assertEquals("RIFF", new String(start, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    static ContentCheck.Detected detect(String sample) throws IOException {
        try (InputStream in = new BufferedInputStream(sample(sample))) {
            return ContentCheck.detect(in);
        }
    }

    static InputStream sample(String name) {
        InputStream in = ContentCheckTest.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IllegalStateException("no sample " + name);
        }
        return in;
    }
}
