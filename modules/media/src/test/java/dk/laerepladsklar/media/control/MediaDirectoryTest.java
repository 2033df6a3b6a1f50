package dk.laerepladsklar.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaDirectoryTest {

    @TempDir
    Path root;

    @Test
    void aFileIsWrittenWholeAndReadBackInRanges() throws IOException {
        MediaDirectory directory = new MediaDirectory(root);
        byte[] bytes = random(300_000);
        UUID id = UUID.randomUUID();
        assertEquals(bytes.length, directory.write(id, new ByteArrayInputStream(bytes), 1_000_000));
        assertTrue(directory.exists(id));
        assertEquals(bytes.length, directory.size(id));
        assertArrayEquals(bytes, read(directory, id, 0, Long.MAX_VALUE));
        assertArrayEquals(Arrays.copyOfRange(bytes, 1000, 1100), read(directory, id, 1000, 100));
        assertArrayEquals(Arrays.copyOfRange(bytes, 299_990, 300_000), read(directory, id, 299_990, 500), "cut at the end");
        assertEquals(0, read(directory, id, 300_000, 10).length, "at the end: nothing");
        assertThrows(IllegalArgumentException.class, () -> directory.open(id, 300_001, 1));
        assertThrows(IllegalArgumentException.class, () -> directory.open(id, -1, 1));
        assertTrue(directory.pathOf(id).startsWith(root.resolve("items")));
        assertTrue(emptyDir(root.resolve("incoming")), "nothing left in incoming");
    }

    @Test
    void aFileOverTheLimitLeavesNothingBehind() throws IOException {
        MediaDirectory directory = new MediaDirectory(root);
        UUID id = UUID.randomUUID();
        assertThrows(MediaDirectory.TooLarge.class, () -> directory.write(id, new ByteArrayInputStream(random(100_001)), 100_000));
        assertFalse(directory.exists(id));
        assertTrue(emptyDir(root.resolve("incoming")));
    }

    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        MediaDirectory directory = new MediaDirectory(root);
        UUID id = UUID.randomUUID();
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        byte[] bytes = random(200_000);
        InputStream slow = new ByteArrayInputStream(bytes) {
            private int served;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (served >= 100_000 && halfway.getCount() > 0) {
                    halfway.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                int n = super.read(b, off, Math.min(len, 10_000));
                served += Math.max(n, 0);
                return n;
            }
        };
        AtomicBoolean failed = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try {
                directory.write(id, slow, 1_000_000);
            } catch (IOException e) {
                failed.set(true);
            }
        });
        writer.start();
        halfway.await();
        assertFalse(directory.exists(id), "half written: not there under its name");
        assertThrows(NoSuchFileException.class, () -> directory.open(id, 0, 1));
        goOn.countDown();
        writer.join();
        assertFalse(failed.get());
        assertArrayEquals(bytes, read(directory, id, 0, Long.MAX_VALUE));
    }

    @Test
    void deletingRemovesTheFileAndSaysWhetherThereWasOne() throws IOException {
        MediaDirectory directory = new MediaDirectory(root);
        UUID id = UUID.randomUUID();
        directory.write(id, new ByteArrayInputStream(random(10)), 100);
        assertTrue(directory.delete(id));
        assertFalse(directory.exists(id));
        assertFalse(directory.delete(id));
    }

    @Test
    void halfWrittenFilesOfAStoppedNodeAreSweptOnlyWhenOld() throws IOException {
        MediaDirectory directory = new MediaDirectory(root);
        Path old = Files.write(root.resolve("incoming").resolve(UUID.randomUUID() + ".part"), random(10));
        Path fresh = Files.write(root.resolve("incoming").resolve(UUID.randomUUID() + ".part"), random(10));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3 * 86_400)));
        assertEquals(1, directory.sweepIncoming(Instant.now().minusSeconds(86_400)));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh), "a file still being written elsewhere stays");
    }

    private static byte[] read(MediaDirectory directory, UUID id, long offset, long length) throws IOException {
        try (InputStream in = directory.open(id, offset, length)) {
            return in.readAllBytes();
        }
    }

    private static boolean emptyDir(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new Random(n).nextBytes(bytes);
        return bytes;
    }
}
