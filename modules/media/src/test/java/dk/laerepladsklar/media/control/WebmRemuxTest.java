package dk.laerepladsklar.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real recordings, cut at a Cluster's start to keep them small (samples/README.txt): Firefox's film (VP8 + Opus, its
 * Opus blocks not flagged key frames, Duration 0, an empty SeekHead), Firefox's sound (Opus alone, track 2) and
 * Chromium's film (VP9 + Opus, no Duration): each rewritten, and the result read back with a reader of its own here.
 */
class WebmRemuxTest {

    private static final int SEGMENT = 0x18538067;
    private static final int SEEK_HEAD = 0x114D9B74;
    private static final int INFO = 0x1549A966;
    private static final int TRACKS = 0x1654AE6B;
    private static final int CUES = 0x1C53BB6B;
    private static final int CLUSTER = 0x1F43B675;
    private static final int SIMPLE_BLOCK = 0xA3;

    @TempDir
    Path dir;

    @Test
    void firefoxsFilmGetsSizesDurationCuesAndKeyFramesInItsSound() throws IOException {
        Path source = sample("firefox-film.webm");
        Path target = dir.resolve("out.webm");
        WebmRemux.Remuxed done = WebmRemux.remux(source, target);
        Webm before = Webm.read(Files.readAllBytes(source));
        Webm after = Webm.read(Files.readAllBytes(target));

        assertTrue(done.rewritten());
        assertEquals(2, done.clusters());
        assertEquals(after.bytes.length, done.bytes());
        assertEquals(0.0, before.duration, "Firefox writes a Duration of 0");
        // two clusters of about a second each; the last block's time plus one frame
        assertTrue(after.duration > 1900 && after.duration < 2100, "duration " + after.duration);
        assertEquals(Math.round(after.duration), done.durationMillis());
        assertFalse(before.audioKeyFrames(), "Firefox's Opus blocks are not key frames");
        assertTrue(after.audioKeyFrames(), "every sound block a key frame");
        assertEquals(before.blocks.stream().filter(b -> b.track == 2).count(), done.soundBlocksMarkedKey());
        sameFramesInTheSameOrder(before, after);
        everyPositionPointsAtItsElement(after);
        // per cluster, each track's first key frame: Firefox's fake camera gave the film one key frame, at the start
        assertEquals(List.of("0:1", "6:2", "1006:2"), after.cues.stream().map(c -> c.time + ":" + c.track).toList());
        assertEquals(3, done.cuePoints());
    }

    @Test
    void firefoxsSoundAloneBecomesSeekable() throws IOException {
        Path target = dir.resolve("out.webm");
        WebmRemux.Remuxed done = WebmRemux.remux(sample("firefox-voice.webm"), target);
        Webm before = Webm.read(Files.readAllBytes(sample("firefox-voice.webm")));
        Webm after = Webm.read(Files.readAllBytes(target));
        assertTrue(before.cues.isEmpty());
        assertEquals(List.of(2L), after.blocks.stream().map(b -> b.track).distinct().toList(), "Firefox numbers its one track 2");
        assertTrue(after.audioKeyFrames());
        assertEquals(2, after.cues.size(), "one cue per cluster");
        assertTrue(after.duration > 1900 && after.duration < 2100, "duration " + after.duration);
        assertEquals(2, done.clusters());
        sameFramesInTheSameOrder(before, after);
        everyPositionPointsAtItsElement(after);
    }

    @Test
    void chromiumsFilmKeepsItsBlocksAndGetsCues() throws IOException {
        Path target = dir.resolve("out.webm");
        WebmRemux.Remuxed done = WebmRemux.remux(sample("chromium-film.webm"), target);
        Webm before = Webm.read(Files.readAllBytes(sample("chromium-film.webm")));
        Webm after = Webm.read(Files.readAllBytes(target));
        assertEquals(Double.NaN, before.duration, "Chromium writes no Duration");
        assertEquals(0, done.soundBlocksMarkedKey(), "Chromium flags its Opus blocks key frames itself");
        assertTrue(after.duration > 1000, "duration " + after.duration);
        assertEquals(before.blocks.stream().map(b -> b.flags).toList(), after.blocks.stream().map(b -> b.flags).toList());
        sameFramesInTheSameOrder(before, after);
        everyPositionPointsAtItsElement(after);
        assertEquals(Set.of(1L, 2L), after.cues.stream().map(c -> c.track).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"firefox-film.webm", "firefox-voice.webm", "chromium-film.webm", "recording.webm", "voice.webm"})
    void aRewrittenFileIsSeekableAndWouldBeRewrittenToTheSameBytes(String sample) throws IOException {
        Path once = dir.resolve("once.webm");
        Path twice = dir.resolve("twice.webm");
        assertTrue(WebmRemux.remux(sample(sample), once, true).rewritten());
        assertFalse(WebmRemux.remux(once, twice).rewritten(), "seekable now: left as it is");
        assertFalse(Files.exists(twice));
        WebmRemux.remux(once, twice, true);
        assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(twice));
        everyPositionPointsAtItsElement(Webm.read(Files.readAllBytes(once)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"recording.webm", "voice.webm"})
    void aFileThatIsSeekableAlreadyIsLeftAsItIs(String sample) throws IOException {
        // ffmpeg's: known sizes, a Duration, a SeekHead and Cues at the end, sound blocks flagged key frames
        Path target = dir.resolve("out.webm");
        WebmRemux.Remuxed done = WebmRemux.remux(sample(sample), target);
        assertFalse(done.rewritten());
        assertFalse(Files.exists(target), "nothing written");
        assertEquals(Files.size(sample(sample)), done.bytes());
        assertTrue(done.durationMillis() > 900 && done.durationMillis() < 1100, "about a second: " + done.durationMillis());
    }

    @Test
    void aRecordingCutInTheMiddleOfABlockKeepsEveryWholeBlock() throws IOException {
        byte[] whole = Files.readAllBytes(sample("firefox-film.webm"));
        Webm original = Webm.read(whole);
        Block cut = original.blocks.get(original.blocks.size() - 5);
        Path source = dir.resolve("cut.webm");
        Files.write(source, Arrays.copyOf(whole, cut.at + 10)); // the upload stopped ten bytes into a block
        Path target = dir.resolve("out.webm");
        WebmRemux.remux(source, target);
        Webm after = Webm.read(Files.readAllBytes(target));
        assertEquals(original.blocks.size() - 5, after.blocks.size());
        everyPositionPointsAtItsElement(after);
    }

    @Test
    void manyClustersOfManyMegabytesStreamThrough() throws IOException {
        // Firefox's film's second cluster again and again, each a second later: about 40 MB, 1000 clusters
        byte[] film = Files.readAllBytes(sample("firefox-film.webm"));
        Webm original = Webm.read(film);
        int second = original.clusterStarts.get(1);
        Path source = dir.resolve("long.webm");
        try (var out = Files.newOutputStream(source)) {
            out.write(film, 0, second);
            byte[] cluster = Arrays.copyOfRange(film, second, film.length);
            int timecodeAt = 12 + 2; // after the cluster's id and unknown size (8 bytes): Timecode id, size 0x82, 2 bytes
            for (int i = 0; i < 1000; i++) {
                int time = 1006 + 1000 * i;
                cluster[timecodeAt - 1] = (byte) 0x83;
                byte[] withTime = new byte[cluster.length + 1];
                System.arraycopy(cluster, 0, withTime, 0, timecodeAt);
                withTime[timecodeAt] = (byte) (time >> 16);
                withTime[timecodeAt + 1] = (byte) (time >> 8);
                withTime[timecodeAt + 2] = (byte) time;
                System.arraycopy(cluster, timecodeAt + 2, withTime, timecodeAt + 3, cluster.length - timecodeAt - 2);
                out.write(withTime);
            }
        }
        Path target = dir.resolve("out.webm");
        long began = System.nanoTime();
        WebmRemux.Remuxed done = WebmRemux.remux(source, target);
        long ms = (System.nanoTime() - began) / 1_000_000;
        assertEquals(1001, done.clusters());
        Webm after = Webm.read(Files.readAllBytes(target));
        assertTrue(after.duration > 1_000_000 && after.duration < 1_002_000, "duration " + after.duration);
        assertEquals(1 + 1001, after.cues.size(), "the film's one key frame, the sound's first block in each cluster");
        everyPositionPointsAtItsElement(after);
        System.out.printf("WebmRemuxTest: %d MB, %d clusters rewritten in %d ms%n", Files.size(source) >> 20, done.clusters(), ms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page-renamed.webm", "recording.mp4", "voice.ogg", "photo.png"})
    void whatIsNotWebmIsRefusedAndNothingIsWritten(String sample) throws IOException {
        Path target = dir.resolve("out.webm");
        assertThrows(IOException.class, () -> WebmRemux.remux(sample(sample), target));
    }

    @Test
    void brokenWebmIsRefused() throws IOException {
        byte[] film = Files.readAllBytes(sample("firefox-film.webm"));
        Path target = dir.resolve("out.webm");
        for (byte[] broken : List.of(
                Arrays.copyOf(film, 20), // the EBML header cut
                Arrays.copyOf(film, 200), // no Cluster
                zeroed(film, 313, 4), // the first Cluster's id gone: no element id
                withUnknownSize(film, 67, 4))) { // an Info of unknown size: where would it end?
            Path source = dir.resolve("broken.webm");
            Files.write(source, broken);
            assertThrows(IOException.class, () -> WebmRemux.remux(source, target));
        }
    }

    @Test
    void aFileOfCountlessTinyClustersIsRefusedBeforeItFillsTheHeap() throws IOException {
        byte[] film = Files.readAllBytes(sample("firefox-film.webm"));
        Path source = dir.resolve("tiny.webm");
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(source))) {
            out.write(film, 0, 313); // the header, Info and Tracks
            for (int i = 0; i <= WebmRemux.MAX_CLUSTERS; i++) {
                // a Cluster of 9 bytes: its Timecode and a sound block of one byte
                out.write(new byte[] {0x1F, 0x43, (byte) 0xB6, 0x75, (byte) 0x89, (byte) 0xE7, (byte) 0x81, 0,
                        (byte) 0xA3, (byte) 0x84, (byte) 0x82, 0, 0, 0});
            }
        }
        IOException refused = assertThrows(IOException.class, () -> WebmRemux.remux(source, dir.resolve("out.webm")));
        assertTrue(refused.getMessage().contains("Clusters"), refused.getMessage());
    }

    @Test
    void theDirectoryKeepsTheRewrittenFileOrTheOriginalWhenTheRewriteFails() throws IOException {
        MediaDirectory directory = new MediaDirectory(dir.resolve("media"));
        byte[] film = Files.readAllBytes(sample("firefox-film.webm"));
        UUID rewritten = UUID.randomUUID();
        MediaDirectory.Rewrite seekable = (from, to) -> WebmRemux.remux(from, to).rewritten();
        long size = directory.write(rewritten, new ByteArrayInputStream(film), 1_000_000, seekable);
        assertEquals(directory.size(rewritten), size);
        assertFalse(Webm.read(read(directory, rewritten)).cues.isEmpty());

        UUID kept = UUID.randomUUID();
        byte[] page = Files.readAllBytes(sample("page-renamed.webm"));
        assertEquals(page.length, directory.write(kept, new ByteArrayInputStream(page), 1_000_000, seekable));
        assertArrayEquals(page, read(directory, kept), "not WebM: kept as it came");

        UUID fine = UUID.randomUUID();
        byte[] recording = Files.readAllBytes(sample("recording.webm"));
        assertEquals(recording.length, directory.write(fine, new ByteArrayInputStream(recording), 1_000_000, seekable));
        assertArrayEquals(recording, read(directory, fine), "seekable already: kept as it came");
        try (var left = Files.list(dir.resolve("media/incoming"))) {
            assertEquals(0, left.count(), "nothing left in incoming");
        }
    }

    // ---- helpers

    private static void sameFramesInTheSameOrder(Webm before, Webm after) {
        assertEquals(before.blocks.size(), after.blocks.size());
        for (int i = 0; i < before.blocks.size(); i++) {
            Block b = before.blocks.get(i);
            Block a = after.blocks.get(i);
            assertEquals(b.track, a.track);
            assertEquals(b.time, a.time);
            assertArrayEquals(b.frame, a.frame, "block " + i);
            assertEquals(b.flags & 0x7F, a.flags & 0x7F, "only the key-frame flag may change");
        }
    }

    /** The Segment's size, the SeekHead's and the Cues' positions: each points at the element it names. */
    private static void everyPositionPointsAtItsElement(Webm webm) {
        assertEquals(webm.bytes.length, webm.segmentDataStart + webm.segmentSize, "the Segment's size is the rest of the file");
        assertEquals(SEEK_HEAD, webm.firstInSegment, "a SeekHead first");
        assertTrue(webm.seeks.stream().map(s -> (int) s[0]).collect(Collectors.toSet()).containsAll(Set.of(INFO, TRACKS, CUES)));
        for (long[] seek : webm.seeks) {
            assertEquals((int) seek[0], webm.idAt((int) (webm.segmentDataStart + seek[1])), "SeekHead to " + Long.toHexString(seek[0]));
        }
        assertTrue(webm.cuesAt < webm.clusterStarts.get(0), "the Cues before the first Cluster");
        long last = -1;
        for (Cue cue : webm.cues) {
            assertEquals(CLUSTER, webm.idAt((int) (webm.segmentDataStart + cue.cluster)), "a cue at a Cluster");
            assertTrue(cue.time >= last, "cues in time order");
            last = cue.time;
        }
        assertTrue(webm.duration > 0);
    }

    private static Path sample(String name) {
        try {
            return Path.of(WebmRemuxTest.class.getResource("/samples/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(MediaDirectory directory, UUID id) throws IOException {
        try (InputStream in = directory.open(id, 0, Long.MAX_VALUE)) {
            return in.readAllBytes();
        }
    }

    private static byte[] zeroed(byte[] bytes, int at, int length) {
        byte[] copy = bytes.clone();
        Arrays.fill(copy, at, at + length, (byte) 0);
        return copy;
    }

    /** The element at {@code at} with an id of {@code idLength} bytes gets the one-byte "unknown" size (its size is one byte). */
    private static byte[] withUnknownSize(byte[] bytes, int at, int idLength) {
        byte[] copy = bytes.clone();
        copy[at + idLength] = (byte) 0xFF;
        return copy;
    }

    private record Block(int at, long track, long time, int flags, byte[] frame) {
    }

    private record Cue(long time, long track, long cluster) {
    }

    /** A reader of its own for what the rewrite writes: every size known. */
    private static final class Webm {
        final byte[] bytes;
        long segmentDataStart;
        long segmentSize;
        int firstInSegment;
        double duration = Double.NaN;
        long cuesAt = Long.MAX_VALUE;
        final List<long[]> seeks = new ArrayList<>();
        final List<Cue> cues = new ArrayList<>();
        final List<Integer> clusterStarts = new ArrayList<>();
        final List<Block> blocks = new ArrayList<>();
        final Set<Long> audioTracks = new java.util.HashSet<>();

        private Webm(byte[] bytes) {
            this.bytes = bytes;
        }

        static Webm read(byte[] bytes) {
            Webm webm = new Webm(bytes);
            webm.parse();
            return webm;
        }

        boolean audioKeyFrames() {
            return blocks.stream().filter(b -> audioTracks.contains(b.track)).allMatch(b -> (b.flags & 0x80) != 0);
        }

        int idAt(int at) {
            return (int) vint(at, true)[0];
        }

        /** value, length; an unknown size as -1. */
        long[] vint(int at, boolean id) {
            int first = bytes[at] & 0xFF;
            int length = Integer.numberOfLeadingZeros(first) - 23;
            long value = id ? first : first & (0xFF >> length);
            boolean ones = !id && value == (0xFF >> length);
            for (int i = 1; i < length; i++) {
                value = value << 8 | bytes[at + i] & 0xFF;
                ones &= (bytes[at + i] & 0xFF) == 0xFF;
            }
            return new long[] {ones ? -1 : value, length};
        }

        long uint(int at, int length) {
            long v = 0;
            for (int i = 0; i < length; i++) {
                v = v << 8 | bytes[at + i] & 0xFF;
            }
            return v;
        }

        void parse() {
            int at = 0;
            long[] id = vint(at, true);
            long[] size = vint(at + (int) id[1], false);
            at += (int) (id[1] + size[1] + size[0]);
            id = vint(at, true);
            if (id[0] != SEGMENT) {
                throw new UncheckedIOException(new IOException("no segment"));
            }
            size = vint(at + 4, false);
            segmentDataStart = at + 4 + size[1];
            segmentSize = size[0];
            int end = segmentSize < 0 ? bytes.length : (int) Math.min(bytes.length, segmentDataStart + segmentSize);
            level(Math.toIntExact(segmentDataStart), end, 0, 0);
        }

        /** Walks elements in [from, to); Clusters of unknown size end at the next Cluster. */
        private void level(int from, int to, int parent, long clusterTime) {
            int at = from;
            while (at < to) {
                long[] id = vint(at, true);
                long[] size = vint(at + (int) id[1], false);
                int data = at + (int) (id[1] + size[1]);
                int end;
                if (size[0] >= 0 && data + size[0] > bytes.length) {
                    return; // cut short
                }
                if (size[0] < 0) { // a recorder's Cluster: it ends where the next one begins
                    end = data;
                    while (end < to && idAt(end) != CLUSTER) {
                        long[] cid = vint(end, true);
                        long[] csize = vint(end + (int) cid[1], false);
                        if (end + cid[1] + csize[1] + csize[0] > bytes.length) {
                            break;
                        }
                        end += (int) (cid[1] + csize[1] + csize[0]);
                    }
                } else {
                    end = (int) Math.min(to, data + size[0]);
                }
                int element = (int) id[0];
                if (parent == 0 && firstInSegment == 0) {
                    firstInSegment = element;
                }
                switch (element) {
                    case SEEK_HEAD, 0x4DBB, TRACKS, 0xAE, CUES, 0xBB, 0xB7, INFO -> {
                        if (element == CUES) {
                            cuesAt = at;
                        }
                        if (element == 0x4DBB) {
                            seeks.add(new long[2]);
                        }
                        if (element == 0xBB) {
                            cues.add(new Cue(-1, -1, -1));
                        }
                        level(data, end, element, clusterTime);
                    }
                    case CLUSTER -> {
                        clusterStarts.add(at);
                        level(data, end, element, -1);
                    }
                    case 0xE7 -> clusterTime = uint(data, end - data);
                    case SIMPLE_BLOCK -> {
                        long[] track = vint(data, false);
                        int t = data + (int) track[1];
                        long relative = (short) ((bytes[t] & 0xFF) << 8 | bytes[t + 1] & 0xFF);
                        blocks.add(new Block(at, track[0], clusterTime + relative, bytes[t + 2] & 0xFF,
                                Arrays.copyOfRange(bytes, t + 3, end)));
                    }
                    case 0x83 -> {
                        if (uint(data, end - data) == 2) {
                            audioTracks.add(lastTrackNumber);
                        }
                    }
                    case 0xD7 -> lastTrackNumber = uint(data, end - data);
                    case 0x4489 -> duration = end - data == 8 ? ByteBuffer.wrap(bytes, data, 8).getDouble()
                            : ByteBuffer.wrap(bytes, data, 4).getFloat();
                    case 0x53AB -> seeks.get(seeks.size() - 1)[0] = uint(data, end - data);
                    case 0x53AC -> seeks.get(seeks.size() - 1)[1] = uint(data, end - data);
                    case 0xB3 -> replaceLastCue(uint(data, end - data), null, null);
                    case 0xF7 -> replaceLastCue(null, uint(data, end - data), null);
                    case 0xF1 -> replaceLastCue(null, null, uint(data, end - data));
                    default -> {
                    }
                }
                at = end;
            }
        }

        private long lastTrackNumber;

        private void replaceLastCue(Long time, Long track, Long cluster) {
            Cue c = cues.get(cues.size() - 1);
            cues.set(cues.size() - 1, new Cue(time != null ? time : c.time, track != null ? track : c.track,
                    cluster != null ? cluster : c.cluster));
        }
    }

    @SuppressWarnings("unused")
    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
