package dk.laerepladsklar.media.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The bytes of stored files, one file per item in a directory: {@code items/<first two hex digits>/<id>}. Written so
 * several nodes can share the directory (a network volume): a file is written under a name of its own in
 * {@code incoming/} and then renamed into place in one atomic step, so a reader on any node sees either no file or
 * the whole file, never a half-written one; ids are random, so two nodes never write the same name. Nothing is
 * buffered beyond one copy buffer.
 */
public final class MediaDirectory {

    static final int BUFFER = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(MediaDirectory.class);
    private final Path root;
    private final Path items;
    private final Path incoming;

    public MediaDirectory(Path root) throws IOException {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.items = Files.createDirectories(this.root.resolve("items"));
        this.incoming = Files.createDirectories(this.root.resolve("incoming"));
    }

    public Path root() {
        return root;
    }

    /** Thrown when the stream holds more bytes than allowed; nothing is left behind. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("more than " + limit + " bytes", null);
        }
    }

    /**
     * Copies the stream to the item's file, atomically: the file appears whole or not at all.
     *
     * @return the number of bytes written
     * @throws TooLarge when the stream has more than {@code maxBytes}; then no file is kept
     */
    public long write(UUID id, InputStream content, long maxBytes) throws IOException {
        return write(id, content, maxBytes, null);
    }

    /**
     * A rewrite of a whole file before it gets its name, e.g. a recorder's WebM made seekable ({@link WebmRemux}): reads
     * {@code from}, writes {@code to}; false when the file needs none (and {@code to} was not written).
     */
    @FunctionalInterface
    public interface Rewrite {
        boolean rewrite(Path from, Path to) throws IOException;
    }

    /**
     * As {@link #write(UUID, InputStream, long)}, and the written bytes pass through {@code rewrite} (when not null)
     * before the file gets its name. A rewrite that fails leaves the file as it came, and says why in the log: a
     * recording that plays less well is better than none.
     *
     * @return the size of the file kept
     */
    public long write(UUID id, InputStream content, long maxBytes, Rewrite rewrite) throws IOException {
        Path target = pathOf(id);
        Path part = incoming.resolve(id + ".part");
        Path rewritten = incoming.resolve(id + ".rewritten.part"); // *.part: swept like any half-written file
        long written = 0;
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = content.read(buffer)) >= 0; ) {
                    written += n;
                    if (written > maxBytes) {
                        throw new TooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            Path finished = part;
            if (rewrite != null) {
                try {
                    if (rewrite.rewrite(part, rewritten)) {
                        finished = rewritten;
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("MEDIA_REWRITE_FAILED: %s is kept as it came: %s", id, e.toString());
                }
            }
            try (FileChannel channel = FileChannel.open(finished, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it gets its name: a crash never leaves a short file in place
            }
            Files.createDirectories(target.getParent());
            move(finished, target);
            return finished == part ? written : Files.size(target);
        } finally {
            Files.deleteIfExists(part);
            Files.deleteIfExists(rewritten);
        }
    }

    /** Moves a finished file (an upload's data, on the same volume) into place as the item's file, atomically. */
    public void adopt(UUID id, Path finished) throws IOException {
        Path target = pathOf(id);
        Files.createDirectories(target.getParent());
        move(finished, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The media directory must allow atomic renames within itself: " + e.getMessage(), e);
        }
    }

    public boolean exists(UUID id) {
        return Files.isRegularFile(pathOf(id));
    }

    public long size(UUID id) throws IOException {
        return Files.size(pathOf(id));
    }

    /**
     * The bytes from {@code offset}, at most {@code length} of them; the caller closes the stream.
     *
     * @throws NoSuchFileException when there is no such file
     */
    public InputStream open(UUID id, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("Negative offset or length");
        }
        FileChannel channel = FileChannel.open(pathOf(id), StandardOpenOption.READ);
        try {
            if (offset > channel.size()) {
                throw new IllegalArgumentException("Offset past the end");
            }
            channel.position(offset);
            return new Bounded(Channels.newInputStream(channel), Math.min(length, channel.size() - offset));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Deletes the item's file; false when there was none. */
    public boolean delete(UUID id) throws IOException {
        return Files.deleteIfExists(pathOf(id));
    }

    /** Deletes half-written files older than {@code before} that a node left when it stopped mid-write. */
    public int sweepIncoming(Instant before) throws IOException {
        int swept = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(incoming, "*.part")) {
            for (Path part : parts) {
                FileTime modified = Files.getLastModifiedTime(part);
                if (modified.toInstant().isBefore(before) && Files.deleteIfExists(part)) {
                    swept++;
                }
            }
        }
        return swept;
    }

    /**
     * Proves the directory takes files now: writes a few bytes under a name of its own in {@code incoming/}, renames
     * them as a stored file would be, and removes them again. A full volume, a read-only mount or a shared volume that
     * went away fails here (with the reason) before a student's recording does.
     *
     * @return the bytes still free on the volume
     */
    public long probe() throws IOException {
        UUID id = UUID.randomUUID();
        Path part = incoming.resolve("probe-" + id + ".part"); // *.part: swept if a crash leaves it
        Path renamed = incoming.resolve("probe-" + id + ".done.part");
        try {
            Files.write(part, new byte[] {'o', 'k'}, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(part, renamed);
            if (Files.size(renamed) != 2) {
                throw new IOException("a probe file came back with another size");
            }
            return Files.getFileStore(root).getUsableSpace();
        } finally {
            Files.deleteIfExists(part);
            Files.deleteIfExists(renamed);
        }
    }

    /** Where an item's bytes are: two hex digits of fan-out keep directories small on any file system. */
    Path pathOf(UUID id) {
        String name = id.toString();
        return items.resolve(name.substring(0, 2)).resolve(name);
    }

    /** At most {@code remaining} bytes of the underlying stream. */
    private static final class Bounded extends FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
