package dk.laerepladsklar.media.control;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The little of EBML (RFC 8794, the binary format of Matroska and WebM) that {@link WebmRemux} needs: element ids and
 * sizes as variable-length integers, read from a file through one buffer, and written to small in-memory elements.
 */
final class Ebml {

    /** A size of all ones: an element whose end is where the next element of its parent's level begins. */
    static final long UNKNOWN = -1;

    static final int HEADER = 0x1A45DFA3;
    static final int SEGMENT = 0x18538067;
    static final int SEEK_HEAD = 0x114D9B74;
    static final int SEEK = 0x4DBB;
    static final int SEEK_ID = 0x53AB;
    static final int SEEK_POSITION = 0x53AC;
    static final int INFO = 0x1549A966;
    static final int TIMECODE_SCALE = 0x2AD7B1;
    static final int DURATION = 0x4489;
    static final int TRACKS = 0x1654AE6B;
    static final int TRACK_ENTRY = 0xAE;
    static final int TRACK_NUMBER = 0xD7;
    static final int TRACK_TYPE = 0x83;
    static final int DEFAULT_DURATION = 0x23E383;
    static final int CLUSTER = 0x1F43B675;
    static final int TIMECODE = 0xE7;
    static final int POSITION = 0xA7;
    static final int PREV_SIZE = 0xAB;
    static final int SIMPLE_BLOCK = 0xA3;
    static final int BLOCK_GROUP = 0xA0;
    static final int BLOCK = 0xA1;
    static final int BLOCK_DURATION = 0x9B;
    static final int REFERENCE_BLOCK = 0xFB;
    static final int CUES = 0x1C53BB6B;
    static final int CUE_POINT = 0xBB;
    static final int CUE_TIME = 0xB3;
    static final int CUE_TRACK_POSITIONS = 0xB7;
    static final int CUE_TRACK = 0xF7;
    static final int CUE_CLUSTER_POSITION = 0xF1;
    static final int TAGS = 0x1254C367;
    static final int CHAPTERS = 0x1043A770;
    static final int ATTACHMENTS = 0x1941A469;
    static final int VOID = 0xEC;
    static final int CRC32 = 0xBF;

    private Ebml() {
    }

    /** The elements that sit directly in a Segment: one of them after a Cluster of unknown size ends that Cluster. */
    static boolean segmentLevel(int id) {
        return id == CLUSTER || id == CUES || id == INFO || id == TRACKS || id == SEEK_HEAD || id == TAGS
                || id == CHAPTERS || id == ATTACHMENTS || id == HEADER || id == SEGMENT;
    }

    /** Thrown for bytes that are not the EBML a browser writes; the file is then kept as it was. */
    static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** A file read forwards through one buffer, with its absolute position; seeks back within it are cheap. */
    static final class Input implements Closeable {
        private final FileChannel channel;
        private final long size;
        private final ByteBuffer buffer = ByteBuffer.allocate(MediaDirectory.BUFFER);
        private long bufferStart;

        Input(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
            buffer.limit(0);
        }

        long size() {
            return size;
        }

        long position() {
            return bufferStart + buffer.position();
        }

        void seek(long position) {
            if (position >= bufferStart && position <= bufferStart + buffer.limit()) {
                buffer.position((int) (position - bufferStart));
            } else {
                bufferStart = position;
                buffer.limit(0);
            }
        }

        private boolean fill() throws IOException {
            if (buffer.hasRemaining()) {
                return true;
            }
            bufferStart += buffer.limit();
            buffer.clear();
            int n = 0;
            while (n == 0 && bufferStart < size) {
                n = channel.read(buffer, bufferStart);
            }
            buffer.flip();
            return n > 0;
        }

        int read() throws IOException {
            if (!fill()) {
                throw new EOFException("at " + position());
            }
            return buffer.get() & 0xFF;
        }

        void readFully(byte[] into, int offset, int length) throws IOException {
            while (length > 0) {
                if (!fill()) {
                    throw new EOFException("at " + position());
                }
                int n = Math.min(length, buffer.remaining());
                buffer.get(into, offset, n);
                offset += n;
                length -= n;
            }
        }

        byte[] read(long length) throws IOException {
            byte[] bytes = new byte[Math.toIntExact(length)];
            readFully(bytes, 0, bytes.length);
            return bytes;
        }

        /** Copies the next {@code length} bytes to {@code out}. */
        void copyTo(OutputStream out, long length) throws IOException {
            while (length > 0) {
                if (!fill()) {
                    throw new EOFException("at " + position());
                }
                int n = (int) Math.min(length, buffer.remaining());
                out.write(buffer.array(), buffer.position(), n);
                buffer.position(buffer.position() + n);
                length -= n;
            }
        }

        /** An element id, with its length marker kept (as the specifications write them: 0x1F43B675). */
        int readId() throws IOException {
            int first = read();
            int length = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || length > 4) {
                throw new Unreadable("no element id at " + (position() - 1));
            }
            int id = first;
            for (int i = 1; i < length; i++) {
                id = id << 8 | read();
            }
            return id;
        }

        /** An element's data size, or {@link #UNKNOWN}. */
        long readSize() throws IOException {
            int first = read();
            if (first == 0) {
                throw new Unreadable("no element size at " + (position() - 1));
            }
            int length = Integer.numberOfLeadingZeros(first) - 23;
            long value = first & (0xFF >> length);
            boolean allOnes = value == 0xFF >> length;
            for (int i = 1; i < length; i++) {
                int b = read();
                allOnes &= b == 0xFF;
                value = value << 8 | b;
            }
            return allOnes ? UNKNOWN : value;
        }

        long readUnsigned(long length) throws IOException {
            if (length > 8) {
                throw new Unreadable("an integer of " + length + " bytes at " + position());
            }
            long value = 0;
            for (int i = 0; i < length; i++) {
                value = value << 8 | read();
            }
            return value;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** A signed big-endian integer of {@code length} bytes from {@code bytes}. */
    static long signed(byte[] bytes, int at, int length) {
        long value = bytes[at];
        for (int i = 1; i < length; i++) {
            value = value << 8 | bytes[at + i] & 0xFF;
        }
        return value;
    }

    // ---- writing small elements in memory

    static void id(ByteArrayOutputStream out, int id) {
        int length = id >>> 24 != 0 ? 4 : id >>> 16 != 0 ? 3 : id >>> 8 != 0 ? 2 : 1;
        for (int i = length - 1; i >= 0; i--) {
            out.write(id >>> 8 * i);
        }
    }

    /** The shortest size that is not all ones (all ones means "unknown"). */
    static void size(ByteArrayOutputStream out, long size) {
        int length = 1;
        while (length < 8 && size >= (1L << 7 * length) - 1) {
            length++;
        }
        sized(out, size, length);
    }

    /** A size in eight bytes: a master element's header whose length is known before its size is. */
    static byte[] size8(long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8);
        sized(out, size, 8);
        return out.toByteArray();
    }

    private static void sized(ByteArrayOutputStream out, long size, int length) {
        if (size < 0 || size >= (1L << 7 * length) - 1) {
            throw new IllegalArgumentException("size " + size + " in " + length + " bytes");
        }
        out.write((int) (1 << 8 - length | size >>> 8 * (length - 1)) & 0xFF);
        for (int i = length - 2; i >= 0; i--) {
            out.write((int) (size >>> 8 * i));
        }
    }

    static void element(ByteArrayOutputStream out, int id, byte[] data) {
        id(out, id);
        size(out, data.length);
        out.writeBytes(data);
    }

    /** An unsigned integer in as few bytes as it needs (at least one). */
    static void unsigned(ByteArrayOutputStream out, int id, long value) {
        int length = Math.max(1, 8 - Long.numberOfLeadingZeros(value) / 8);
        unsigned(out, id, value, length);
    }

    /** An unsigned integer in {@code length} bytes: a position whose element must not change size once it is known. */
    static void unsigned(ByteArrayOutputStream out, int id, long value, int length) {
        id(out, id);
        size(out, length);
        for (int i = length - 1; i >= 0; i--) {
            out.write((int) (value >>> 8 * i));
        }
    }

    static void float8(ByteArrayOutputStream out, int id, double value) {
        id(out, id);
        size(out, 8);
        long bits = Double.doubleToLongBits(value);
        for (int i = 7; i >= 0; i--) {
            out.write((int) (bits >>> 8 * i));
        }
    }
}
