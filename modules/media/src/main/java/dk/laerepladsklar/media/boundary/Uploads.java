package dk.laerepladsklar.media.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import me.desair.tus.server.TusFileUploadService;
import org.jboss.logging.Logger;

/**
 * Uploads in progress, kept by tus-java-server (the tus 1.0 protocol: creation, offset, append, checksum, termination,
 * expiration) in {@code uploads/} of the media directory, so any node sharing the volume can take the next chunk; its
 * file locks keep two requests from appending to one upload at once. Each chunk is streamed to disk as it arrives.
 * Concatenation is off: every upload is one file of one owner.
 */
@ApplicationScoped
public class Uploads {

    public static final String TUS_VERSION = "1.0.0";
    public static final String PATH = "/api/media/uploads";
    /** An upload nobody continues is removed after this (tus "expiration"); a recorder resumes well within it. */
    static final Duration EXPIRES_AFTER = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(Uploads.class);

    @Inject
    Media media;

    private Path storage;
    private volatile TusFileUploadService tus;
    /**
     * Requests share it; the cleanup takes it alone. Both read the uploads' info files under Java file locks, and two
     * such locks on one file within one JVM are not queued but fail at once ({@code OverlappingFileLockException}): a
     * chunk arriving while the cleanup reads every upload's info would otherwise end in an error.
     */
    private final ReentrantReadWriteLock cleaning = new ReentrantReadWriteLock();

    @PostConstruct
    void open() {
        try {
            storage = Files.createDirectories(media.directory().root().resolve("uploads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service, its upload address under the application's context path (the servlet knows it at its start). */
    TusFileUploadService service(String contextPath) {
        if (tus == null) {
            synchronized (this) {
                if (tus == null) {
                    tus = new TusFileUploadService()
                            .withUploadUri((contextPath == null || "/".equals(contextPath) ? "" : contextPath) + PATH)
                            .withStoragePath(storage.toString())
                            .withMaxUploadSize(media.largestAccepted())
                            .withUploadExpirationPeriod(EXPIRES_AFTER.toMillis())
                            .disableTusExtension("concatenation");
                }
            }
        }
        return tus;
    }

    /** Removes uploads nobody continued (tus expiration) and their locks; run by the retention job. */
    void cleanup() {
        TusFileUploadService service = tus;
        if (service == null) {
            return;
        }
        try {
            if (!cleaning.writeLock().tryLock(30, TimeUnit.SECONDS)) {
                LOG.infof("Media uploads: cleanup skipped this round: uploads kept arriving for 30 s");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            service.cleanup();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Media uploads: cleanup stopped: %s", e.toString());
        } finally {
            cleaning.writeLock().unlock();
        }
    }

    /** Held by a request while it works on an upload, so the cleanup never reads the same files at the same time. */
    Lock requestLock() {
        return cleaning.readLock();
    }
}
