package dk.laerepladsklar.media.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.media.control.MediaDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreReadinessTest {

    @TempDir
    Path root;

    @Test
    void aWritableDirectoryIsReadyAndKeepsNothingOfTheProbe() throws IOException {
        MediaStoreReadiness check = checkOn(new MediaDirectory(root));
        HealthCheckResponse answer = check.call();
        assertEquals("media-store", answer.getName());
        assertEquals(HealthCheckResponse.Status.UP, answer.getStatus());
        assertTrue(((Long) answer.getData().orElseThrow().get("freeBytes")) > 0);
        try (Stream<Path> left = Files.list(root.resolve("incoming"))) {
            assertEquals(0, left.count(), "the probe leaves no file behind");
        }
    }

    @Test
    void aDirectoryThatTakesNoFileIsNotReady() throws IOException {
        // Root may write anywhere, so "unwritable" is made the way a vanished mount looks: incoming/ is no directory.
        MediaDirectory directory = new MediaDirectory(root);
        Path incoming = root.resolve("incoming");
        Files.delete(incoming);
        Files.writeString(incoming, "not a directory");
        HealthCheckResponse answer = checkOn(directory).call();
        assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
        assertTrue(answer.getData().orElseThrow().get("reason").toString().endsWith("Exception"));
    }

    @Test
    void aDirectoryThatIsGoneIsNotReady() throws IOException {
        MediaDirectory directory = new MediaDirectory(root.resolve("volume"));
        try (Stream<Path> tree = Files.walk(root.resolve("volume"))) {
            tree.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
        assertEquals(HealthCheckResponse.Status.DOWN, checkOn(directory).call().getStatus());
    }

    private static MediaStoreReadiness checkOn(MediaDirectory directory) {
        MediaStoreReadiness check = new MediaStoreReadiness();
        check.directory = () -> directory;
        return check;
    }
}
