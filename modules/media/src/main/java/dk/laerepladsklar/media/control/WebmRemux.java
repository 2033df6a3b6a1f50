package dk.laerepladsklar.media.control;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a WebM that a browser's MediaRecorder wrote into one every player can seek in, without touching a frame:
 * the same blocks, in a container that says how long it is and where its clusters are.
 *
 * <p>A recorder streams: it cannot go back, so its file has a Segment and Clusters of unknown size, no Cues, and no
 * Duration (Chromium) or a Duration of 0 (Firefox). Firefox also writes its Opus blocks without the key-frame flag.
 * Chromium's player (FFmpeg's Matroska reader) learns where it may seek from Cues or from key frames it has read; with
 * neither for the sound, its first seek to the start (which it makes on the sound, which starts a few milliseconds
 * before the picture) fails and the film stops with {@code MEDIA_ERR_NETWORK} ("demuxer seek failed"); Firefox's own
 * sound-only recording then cannot be sought at all, in either browser. The rewrite gives:
 * <ul>
 * <li>a Segment and Clusters of known size (Void, CRC-32, Position and PrevSize of the old layout are dropped);</li>
 * <li>the Duration, from the last block of each track plus one frame;</li>
 * <li>every sound block flagged a key frame (every Opus or Vorbis frame can be decoded on its own; FFmpeg's and
 * Chromium's muxers flag them all);</li>
 * <li>Cues before the first Cluster (a player finds them in its first read): for each track, the first key frame of
 * every Cluster; and a SeekHead to Info, Tracks, Tags and Cues.</li>
 * </ul>
 * Two passes read the file forwards and write the new one; nothing but one buffer and a few numbers per Cluster is held
 * in memory, so a film of hundreds of megabytes is fine. A file it does not understand throws; the caller keeps it as
 * it came.
 */
public final class WebmRemux {

    private static final int LARGEST_HEADER_ELEMENT = 1 << 20;
    /**
     * Bounds on what is held per Cluster, for a hostile file of tiny Clusters: a recorder starts one every second or
     * few, so 200,000 is over two days of recording, and a few tens of megabytes of heap at most.
     */
    static final int MAX_CLUSTERS = 200_000;
    static final int MAX_TRACKS = 16;
    static final int MAX_CUES = 2 * MAX_CLUSTERS;
    private static final int TRACK_VIDEO = 1;
    private static final int TRACK_AUDIO = 2;
    private static final long DEFAULT_TIMECODE_SCALE = 1_000_000L;
    /** A Cluster's or the Segment's header: its id and a size in eight bytes. */
    private static final int CLUSTER_HEADER = 4 + 8;

    /**
     * What the rewrite did, for the log; {@code rewritten} false when the file was seekable already (known sizes, a
     * Duration, a SeekHead and Cues, key frames in its sound: as ffmpeg writes it) and nothing was written.
     */
    public record Remuxed(boolean rewritten, long bytes, int clusters, int cuePoints, long durationMillis,
                          int soundBlocksMarkedKey) {
    }

    private WebmRemux() {
    }

    /**
     * Reads {@code source} and, unless it is seekable already, writes the seekable file to {@code target} (created or
     * replaced); a file that is fine is left as it is, byte for byte.
     */
    public static Remuxed remux(Path source, Path target) throws IOException {
        return remux(source, target, false);
    }

    /** As {@link #remux(Path, Path)}; {@code always}: rewritten even when it is seekable already. */
    static Remuxed remux(Path source, Path target, boolean always) throws IOException {
        Scan scan;
        try (Ebml.Input in = new Ebml.Input(FileChannel.open(source, StandardOpenOption.READ))) {
            scan = scan(in);
            if (!always && scan.seekable()) {
                return new Remuxed(false, in.size(), scan.clusters.size(), scan.cues.size(), scan.durationMillis(), 0);
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), MediaDirectory.BUFFER)) {
                long written = write(in, scan, out);
                out.flush();
                return new Remuxed(true, written, scan.clusters.size(), scan.cues.size(), scan.durationMillis(),
                        scan.soundBlocksMarked);
            }
        }
    }

    // ---- pass 1: where everything is

    /** A Cluster: its Timecode, its children in the source, how many of their bytes are kept. */
    private record Cluster(long from, long to, long keptBytes) {
    }

    /** One Cue: a track's first key frame in a Cluster. */
    private record Cue(long time, long track, int cluster) {
    }

    /** A track's last two block times and its longest known block duration: the end of its last frame. */
    private static final class TrackTimes {
        final int type;
        final long defaultDuration; // in ticks, 0 when not given
        long last = Long.MIN_VALUE;
        long previous = Long.MIN_VALUE;
        long lastDuration;

        TrackTimes(int type, long defaultDuration) {
            this.type = type;
            this.defaultDuration = defaultDuration;
        }

        void block(long time, long duration) {
            if (time >= last) {
                previous = last;
                last = time;
                lastDuration = duration;
            }
        }

        long end() {
            if (last == Long.MIN_VALUE) {
                return 0;
            }
            long frame = lastDuration > 0 ? lastDuration : defaultDuration > 0 ? defaultDuration
                    : previous != Long.MIN_VALUE ? last - previous : 0;
            return last + frame;
        }
    }

    private static final class Scan {
        long headerEnd;
        byte[] info;
        long timecodeScale = DEFAULT_TIMECODE_SCALE;
        byte[] tracks;
        final Map<Long, TrackTimes> trackTimes = new LinkedHashMap<>();
        /** Tags, Chapters, Attachments and anything else at the Segment's level: [from, to) copied as they are. */
        final List<long[]> others = new ArrayList<>();
        long tagsAt = -1; // index into others
        final List<Cluster> clusters = new ArrayList<>();
        final List<Cue> cues = new ArrayList<>();
        int soundBlocksMarked;
        /** What a recorder leaves out: a size, the Duration, the index. */
        boolean unknownSizes;
        boolean seekHead;
        boolean oldCues;
        double oldDuration;

        boolean seekable() {
            return !unknownSizes && seekHead && oldCues && oldDuration > 0 && soundBlocksMarked == 0;
        }

        long durationTicks() {
            return trackTimes.values().stream().mapToLong(TrackTimes::end).max().orElse(0);
        }

        long durationMillis() {
            return durationTicks() * timecodeScale / 1_000_000L;
        }

        boolean isSound(long track) {
            TrackTimes t = trackTimes.get(track);
            return t != null && t.type == TRACK_AUDIO;
        }
    }

    private static Scan scan(Ebml.Input in) throws IOException {
        Scan scan = new Scan();
        if (in.readId() != Ebml.HEADER) {
            throw new Ebml.Unreadable("not EBML");
        }
        long headerSize = in.readSize();
        if (headerSize == Ebml.UNKNOWN || headerSize > LARGEST_HEADER_ELEMENT) {
            throw new Ebml.Unreadable("an EBML header of unknown or huge size");
        }
        scan.headerEnd = in.position() + headerSize;
        in.seek(scan.headerEnd);
        if (in.readId() != Ebml.SEGMENT) {
            throw new Ebml.Unreadable("no Segment after the EBML header");
        }
        long segmentSize = in.readSize();
        scan.unknownSizes = segmentSize == Ebml.UNKNOWN;
        long end = segmentSize == Ebml.UNKNOWN ? in.size() : Math.min(in.size(), in.position() + segmentSize);
        while (in.position() < end) {
            long start = in.position();
            int id;
            long size;
            try {
                id = in.readId();
                size = in.readSize();
            } catch (EOFException cut) {
                break; // a recording cut short: what came before is kept
            }
            if (id == Ebml.HEADER || id == Ebml.SEGMENT) {
                break; // a second stream chained on: not something a recorder writes, and not played anyway
            }
            long dataStart = in.position();
            if (id == Ebml.CLUSTER) {
                scan.unknownSizes |= size == Ebml.UNKNOWN;
                Cluster cluster = scanCluster(in, scan, size == Ebml.UNKNOWN ? end : Math.min(end, dataStart + size),
                        size == Ebml.UNKNOWN, end);
                if (cluster.keptBytes() > 0) {
                    scan.clusters.add(cluster);
                    if (scan.clusters.size() > MAX_CLUSTERS) {
                        throw new Ebml.Unreadable("more than " + MAX_CLUSTERS + " Clusters");
                    }
                }
                continue;
            }
            if (size == Ebml.UNKNOWN) {
                throw new Ebml.Unreadable("an element 0x" + Integer.toHexString(id) + " of unknown size at " + start);
            }
            if (dataStart + size > end) {
                break; // cut short
            }
            switch (id) {
                case Ebml.INFO -> scan.info = headerElement(in, size, "Info");
                case Ebml.TRACKS -> {
                    scan.tracks = headerElement(in, size, "Tracks");
                    tracks(scan);
                }
                case Ebml.SEEK_HEAD, Ebml.CUES, Ebml.VOID, Ebml.CRC32 -> {
                    // rebuilt, or padding
                    scan.seekHead |= id == Ebml.SEEK_HEAD && size > 0; // Firefox writes an empty one
                    scan.oldCues |= id == Ebml.CUES && size > 0;
                }
                default -> {
                    if (id == Ebml.TAGS && scan.tagsAt < 0) {
                        scan.tagsAt = scan.others.size();
                    }
                    scan.others.add(new long[] {start, dataStart + size});
                }
            }
            in.seek(dataStart + size);
        }
        if (scan.info == null || scan.tracks == null || scan.clusters.isEmpty()) {
            throw new Ebml.Unreadable("no Info, Tracks or Cluster");
        }
        info(scan);
        scan.cues.sort(Comparator.comparingLong(Cue::time).thenComparingInt(Cue::cluster).thenComparingLong(Cue::track));
        return scan;
    }

    private static byte[] headerElement(Ebml.Input in, long size, String name) throws IOException {
        if (size > LARGEST_HEADER_ELEMENT) {
            throw new Ebml.Unreadable(name + " of " + size + " bytes");
        }
        return in.read(size);
    }

    /** Reads one Cluster's children, noting what is kept, block times and the first key frame of each track. */
    private static Cluster scanCluster(Ebml.Input in, Scan scan, long limit, boolean unknownSize, long segmentEnd)
            throws IOException {
        long from = in.position();
        long timecode = -1;
        long kept = 0;
        Map<Long, Long> firstKey = new HashMap<>();
        while (in.position() < limit) {
            long start = in.position();
            int id;
            long size;
            try {
                id = in.readId();
                if (Ebml.segmentLevel(id)) {
                    if (!unknownSize) {
                        throw new Ebml.Unreadable("a Cluster inside a Cluster at " + start);
                    }
                    in.seek(start); // the next element of the Segment: this Cluster ended
                    break;
                }
                size = in.readSize();
            } catch (EOFException cut) {
                in.seek(start);
                break;
            }
            long dataStart = in.position();
            if (size == Ebml.UNKNOWN) {
                throw new Ebml.Unreadable("a Cluster's child of unknown size at " + start);
            }
            if (dataStart + size > segmentEnd) {
                in.seek(start); // cut short (the last block of a recording that stopped mid-write): ends here
                break;
            }
            if (dataStart + size > limit) {
                throw new Ebml.Unreadable("a child past its Cluster's end at " + start);
            }
            switch (id) {
                case Ebml.TIMECODE -> timecode = in.readUnsigned(size);
                case Ebml.SIMPLE_BLOCK -> {
                    Block block = block(in, size, timecode, scan);
                    boolean key = block.key() || scan.isSound(block.track());
                    if (!block.key() && key) {
                        scan.soundBlocksMarked++;
                    }
                    timed(scan, block, 0);
                    if (key) {
                        firstKey.putIfAbsent(block.track(), block.time());
                    }
                }
                case Ebml.BLOCK_GROUP -> blockGroup(in, dataStart + size, timecode, scan, firstKey);
                default -> {
                }
            }
            if (!dropped(id)) {
                kept += dataStart + size - start;
            }
            in.seek(dataStart + size);
        }
        int index = scan.clusters.size();
        firstKey.forEach((track, time) -> {
            TrackTimes t = scan.trackTimes.get(track);
            if (t != null && (t.type == TRACK_VIDEO || t.type == TRACK_AUDIO)) {
                scan.cues.add(new Cue(Math.max(0, time), track, index));
            }
        });
        if (scan.cues.size() > MAX_CUES) {
            throw new Ebml.Unreadable("more than " + MAX_CUES + " cues");
        }
        return new Cluster(from, in.position(), kept);
    }

    /** Children of a Cluster left out of the new one: padding, checksums and positions of the old layout. */
    private static boolean dropped(int id) {
        return id == Ebml.VOID || id == Ebml.CRC32 || id == Ebml.POSITION || id == Ebml.PREV_SIZE;
    }

    private record Block(long track, long time, boolean key, int headerLength) {
    }

    /** A (Simple)Block's header: track number, time relative to the Cluster, flags. */
    private static Block block(Ebml.Input in, long size, long clusterTime, Scan scan) throws IOException {
        if (clusterTime < 0) {
            throw new Ebml.Unreadable("a block before its Cluster's Timecode at " + in.position());
        }
        int first = in.read();
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > 8 || size < length + 3) {
            throw new Ebml.Unreadable("a block without a track number at " + in.position());
        }
        long track = first & (0xFF >> length);
        for (int i = 1; i < length; i++) {
            track = track << 8 | in.read();
        }
        byte[] rest = in.read(3);
        long relative = Ebml.signed(rest, 0, 2);
        boolean key = (rest[2] & 0x80) != 0;
        return new Block(track, clusterTime + relative, key, length + 3);
    }

    private static void timed(Scan scan, Block block, long duration) {
        TrackTimes times = scan.trackTimes.get(block.track());
        if (times != null) {
            times.block(block.time(), duration);
        }
    }

    /** A BlockGroup: a key frame when it references no other block. */
    private static void blockGroup(Ebml.Input in, long end, long clusterTime, Scan scan, Map<Long, Long> firstKey)
            throws IOException {
        Block block = null;
        boolean references = false;
        long duration = 0;
        while (in.position() < end) {
            int id = in.readId();
            long size = in.readSize();
            long dataStart = in.position();
            if (size == Ebml.UNKNOWN || dataStart + size > end) {
                throw new Ebml.Unreadable("a BlockGroup's child past its end at " + dataStart);
            }
            switch (id) {
                case Ebml.BLOCK -> block = block(in, size, clusterTime, scan);
                case Ebml.REFERENCE_BLOCK -> references = true;
                case Ebml.BLOCK_DURATION -> duration = in.readUnsigned(size);
                default -> {
                }
            }
            in.seek(dataStart + size);
        }
        if (block != null) {
            timed(scan, block, duration);
            if (!references) {
                firstKey.putIfAbsent(block.track(), block.time());
            }
        }
    }

    /** Each TrackEntry's number, type and default duration. */
    private static void tracks(Scan scan) throws IOException {
        for (Child entry : children(scan.tracks, 0, scan.tracks.length)) {
            if (entry.id() != Ebml.TRACK_ENTRY) {
                continue;
            }
            long number = -1;
            int type = 0;
            long defaultDurationNs = 0;
            for (Child c : children(scan.tracks, entry.dataStart(), entry.end())) {
                switch (c.id()) {
                    case Ebml.TRACK_NUMBER -> number = unsigned(scan.tracks, c);
                    case Ebml.TRACK_TYPE -> type = (int) unsigned(scan.tracks, c);
                    case Ebml.DEFAULT_DURATION -> defaultDurationNs = unsigned(scan.tracks, c);
                    default -> {
                    }
                }
            }
            if (number > 0) {
                scan.trackTimes.put(number, new TrackTimes(type, defaultDurationNs)); // in ns until the scale is known
            }
            if (scan.trackTimes.size() > MAX_TRACKS) {
                throw new Ebml.Unreadable("more than " + MAX_TRACKS + " tracks");
            }
        }
    }

    /** The TimecodeScale; default durations from nanoseconds into ticks. */
    private static void info(Scan scan) throws IOException {
        for (Child c : children(scan.info, 0, scan.info.length)) {
            if (c.id() == Ebml.TIMECODE_SCALE) {
                scan.timecodeScale = unsigned(scan.info, c);
            } else if (c.id() == Ebml.DURATION && c.end() - c.dataStart() == 8) {
                scan.oldDuration = ByteBuffer.wrap(scan.info, c.dataStart(), 8).getDouble();
            } else if (c.id() == Ebml.DURATION && c.end() - c.dataStart() == 4) {
                scan.oldDuration = ByteBuffer.wrap(scan.info, c.dataStart(), 4).getFloat();
            }
        }
        if (scan.timecodeScale <= 0) {
            throw new Ebml.Unreadable("a TimecodeScale of 0");
        }
        // block times were noted in ticks; a track's DefaultDuration was read in nanoseconds
        Map<Long, TrackTimes> scaled = new LinkedHashMap<>();
        scan.trackTimes.forEach((number, t) -> {
            TrackTimes s = new TrackTimes(t.type, t.defaultDuration / scan.timecodeScale);
            s.last = t.last;
            s.previous = t.previous;
            s.lastDuration = t.lastDuration;
            scaled.put(number, s);
        });
        scan.trackTimes.clear();
        scan.trackTimes.putAll(scaled);
    }

    private record Child(int id, int start, int dataStart, int end) {
    }

    /** The children of an element held in memory (Info, Tracks, a TrackEntry). */
    private static List<Child> children(byte[] bytes, int from, int to) throws IOException {
        List<Child> children = new ArrayList<>();
        int at = from;
        while (at < to) {
            int start = at;
            int first = bytes[at] & 0xFF;
            int idLength = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || idLength > 4 || at + idLength >= to) {
                throw new Ebml.Unreadable("no element id at " + at);
            }
            int id = 0;
            for (int i = 0; i < idLength; i++) {
                id = id << 8 | bytes[at++] & 0xFF;
            }
            int sizeFirst = bytes[at] & 0xFF;
            int sizeLength = Integer.numberOfLeadingZeros(sizeFirst) - 23;
            if (sizeFirst == 0 || at + sizeLength > to) {
                throw new Ebml.Unreadable("no element size at " + at);
            }
            long size = sizeFirst & (0xFF >> sizeLength);
            at++;
            for (int i = 1; i < sizeLength; i++) {
                size = size << 8 | bytes[at++] & 0xFF;
            }
            if (size > to - at) {
                throw new Ebml.Unreadable("an element past its parent's end at " + start);
            }
            children.add(new Child(id, start, at, at + (int) size));
            at += (int) size;
        }
        return children;
    }

    private static long unsigned(byte[] bytes, Child c) throws Ebml.Unreadable {
        if (c.end() - c.dataStart() > 8) {
            throw new Ebml.Unreadable("an integer of " + (c.end() - c.dataStart()) + " bytes");
        }
        long value = 0;
        for (int i = c.dataStart(); i < c.end(); i++) {
            value = value << 8 | bytes[i] & 0xFF;
        }
        return value;
    }

    // ---- pass 2: the new file

    private static long write(Ebml.Input in, Scan scan, OutputStream out) throws IOException {
        byte[] info = info(scan.info, scan.durationTicks());
        ByteArrayOutputStream tracks = new ByteArrayOutputStream(scan.tracks.length + 12);
        Ebml.element(tracks, Ebml.TRACKS, scan.tracks);
        long othersBytes = scan.others.stream().mapToLong(o -> o[1] - o[0]).sum();
        long clustersBytes = scan.clusters.stream().mapToLong(c -> CLUSTER_HEADER + c.keptBytes()).sum();
        // sizes first (positions are written in eight bytes, so no size depends on a position), then positions
        long seekHeadBytes = seekHead(scan, 0, 0, 0, 0).length;
        long infoAt = seekHeadBytes;
        long tracksAt = infoAt + info.length;
        long othersAt = tracksAt + tracks.size();
        long cuesAt = othersAt + othersBytes;
        long clustersAt = cuesAt + (scan.cues.isEmpty() ? 0 : cues(scan, 0).length);
        byte[] cues = scan.cues.isEmpty() ? new byte[0] : cues(scan, clustersAt);
        long tagsAt = -1;
        if (scan.tagsAt >= 0) {
            tagsAt = othersAt;
            for (int i = 0; i < scan.tagsAt; i++) {
                tagsAt += scan.others.get(i)[1] - scan.others.get(i)[0];
            }
        }
        byte[] seekHead = seekHead(scan, infoAt, tracksAt, tagsAt, cuesAt);
        long segmentBytes = clustersAt + clustersBytes;

        in.seek(0);
        in.copyTo(out, scan.headerEnd);
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        Ebml.id(segment, Ebml.SEGMENT);
        segment.writeBytes(Ebml.size8(segmentBytes));
        segment.writeBytes(seekHead);
        segment.writeBytes(info);
        segment.writeTo(out);
        tracks.writeTo(out);
        for (long[] other : scan.others) {
            in.seek(other[0]);
            in.copyTo(out, other[1] - other[0]);
        }
        out.write(cues);
        byte[] clusterId = {0x1F, 0x43, (byte) 0xB6, 0x75};
        for (Cluster cluster : scan.clusters) {
            out.write(clusterId);
            out.write(Ebml.size8(cluster.keptBytes()));
            long copied = copyCluster(in, scan, cluster, out);
            if (copied != cluster.keptBytes()) {
                throw new IllegalStateException("a Cluster changed between the passes: " + copied + " of "
                        + cluster.keptBytes() + " bytes");
            }
        }
        return scan.headerEnd + CLUSTER_HEADER + segmentBytes;
    }

    /** The Cluster's kept children, as they were, but each sound block flagged a key frame. */
    private static long copyCluster(Ebml.Input in, Scan scan, Cluster cluster, OutputStream out) throws IOException {
        long copied = 0;
        in.seek(cluster.from());
        while (in.position() < cluster.to()) {
            long start = in.position();
            int id = in.readId();
            long size = in.readSize();
            long dataStart = in.position();
            long end = dataStart + size;
            if (dropped(id)) {
                in.seek(end);
                continue;
            }
            in.seek(start);
            if (id == Ebml.SIMPLE_BLOCK) {
                int headerLength = (int) (dataStart - start);
                byte[] head = in.read(headerLength + Math.min(size, 8 + 3));
                int flags = headerLength + Integer.numberOfLeadingZeros(head[headerLength] & 0xFF) - 23 + 2;
                long track = head[headerLength] & (0xFF >> (flags - headerLength - 2));
                for (int i = headerLength + 1; i < flags - 2; i++) {
                    track = track << 8 | head[i] & 0xFF;
                }
                if (scan.isSound(track)) {
                    head[flags] |= (byte) 0x80;
                }
                out.write(head);
                in.copyTo(out, end - in.position());
            } else {
                in.copyTo(out, end - start);
            }
            copied += end - start;
        }
        return copied;
    }

    /** Info as it was, less its Duration (0 or none from a recorder) and padding, plus the real Duration. */
    private static byte[] info(byte[] old, long durationTicks) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(old.length + 16);
        for (Child c : children(old, 0, old.length)) {
            if (c.id() != Ebml.DURATION && c.id() != Ebml.VOID && c.id() != Ebml.CRC32) {
                data.write(old, c.start(), c.end() - c.start());
            }
        }
        Ebml.float8(data, Ebml.DURATION, durationTicks);
        ByteArrayOutputStream info = new ByteArrayOutputStream(data.size() + 8);
        Ebml.element(info, Ebml.INFO, data.toByteArray());
        return info.toByteArray();
    }

    private static byte[] seekHead(Scan scan, long infoAt, long tracksAt, long tagsAt, long cuesAt) {
        ByteArrayOutputStream seeks = new ByteArrayOutputStream();
        seek(seeks, Ebml.INFO, infoAt);
        seek(seeks, Ebml.TRACKS, tracksAt);
        if (scan.tagsAt >= 0) {
            seek(seeks, Ebml.TAGS, tagsAt);
        }
        if (!scan.cues.isEmpty()) {
            seek(seeks, Ebml.CUES, cuesAt);
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        Ebml.element(head, Ebml.SEEK_HEAD, seeks.toByteArray());
        return head.toByteArray();
    }

    private static void seek(ByteArrayOutputStream out, int id, long position) {
        ByteArrayOutputStream seek = new ByteArrayOutputStream();
        ByteArrayOutputStream idBytes = new ByteArrayOutputStream(4);
        Ebml.id(idBytes, id);
        Ebml.element(seek, Ebml.SEEK_ID, idBytes.toByteArray());
        Ebml.unsigned(seek, Ebml.SEEK_POSITION, position, 8);
        Ebml.element(out, Ebml.SEEK, seek.toByteArray());
    }

    /** The Cues: one CuePoint per track's first key frame in each Cluster, with the Cluster's place in the Segment. */
    private static byte[] cues(Scan scan, long clustersAt) {
        long[] clusterAt = new long[scan.clusters.size()];
        long at = clustersAt;
        for (int i = 0; i < clusterAt.length; i++) {
            clusterAt[i] = at;
            at += CLUSTER_HEADER + scan.clusters.get(i).keptBytes();
        }
        ByteArrayOutputStream points = new ByteArrayOutputStream();
        for (Cue cue : scan.cues) {
            ByteArrayOutputStream position = new ByteArrayOutputStream();
            Ebml.unsigned(position, Ebml.CUE_TRACK, cue.track());
            Ebml.unsigned(position, Ebml.CUE_CLUSTER_POSITION, clusterAt[cue.cluster()], 8);
            ByteArrayOutputStream point = new ByteArrayOutputStream();
            Ebml.unsigned(point, Ebml.CUE_TIME, cue.time());
            Ebml.element(point, Ebml.CUE_TRACK_POSITIONS, position.toByteArray());
            Ebml.element(points, Ebml.CUE_POINT, point.toByteArray());
        }
        ByteArrayOutputStream cues = new ByteArrayOutputStream();
        Ebml.element(cues, Ebml.CUES, points.toByteArray());
        return cues.toByteArray();
    }
}
