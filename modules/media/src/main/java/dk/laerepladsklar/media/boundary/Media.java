package dk.laerepladsklar.media.boundary;

import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import dk.laerepladsklar.kernel.media.MediaPurposes;
import dk.laerepladsklar.kernel.media.MediaRefused;
import dk.laerepladsklar.kernel.media.MediaStore;
import dk.laerepladsklar.kernel.media.MediaStored;
import dk.laerepladsklar.kernel.media.NewMedia;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.media.control.ContentCheck;
import dk.laerepladsklar.media.control.MediaDirectory;
import dk.laerepladsklar.media.control.MediaSettings;
import dk.laerepladsklar.media.control.RetentionDates;
import dk.laerepladsklar.media.control.WebmRemux;
import dk.laerepladsklar.media.entity.MediaRow;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The media store as the application runs it: rows in {@code media_item}, bytes in the {@link MediaDirectory} named
 * by {@code LPK_MEDIA_DIR}. A file is written (and renamed into place) before its row, and removed again if the row's
 * transaction rolls back; a row is deleted first and its file once that has committed, so no reader ever finds a row
 * without a file for long, and a failed deletion leaves a file nobody can reach rather than a row without bytes.
 */
@ApplicationScoped
public class Media implements MediaStore {

    private static final Logger LOG = Logger.getLogger(Media.class);
    private static final String OF_STUDENT = "m.platformId = :platform and m.studentSubject = :subject";

    @PersistenceContext
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    Instance<MediaPurposes> contributions;
    @Inject
    Event<MediaStored> stored;
    @Inject
    SchoolRetentions retention;

    private MediaDirectory directory;
    private Map<String, MediaPurpose> purposes;

    @PostConstruct
    void open() {
        try {
            directory = new MediaDirectory(MediaSettings.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("The media directory cannot be created: " + MediaSettings.directory(), e);
        }
        Map<String, MediaPurpose> byName = new LinkedHashMap<>();
        contributions.forEach(c -> c.purposes().forEach(p -> {
            if (byName.putIfAbsent(p.name(), p) != null) {
                LOG.warnf("MEDIA_PURPOSE_DECLARED_TWICE: %s (the first declaration counts)", p.name());
            }
        }));
        purposes = Map.copyOf(byName);
        LOG.infof("Media store in %s; purposes %s", directory.root(), new java.util.TreeSet<>(purposes.keySet()));
    }

    public MediaDirectory directory() {
        return directory;
    }

    @Override
    public Optional<MediaPurpose> purpose(String name) {
        return Optional.ofNullable(name == null ? null : purposes.get(name));
    }

    /** The largest file any purpose accepts: the bound for uploads before their purpose is known. */
    public long largestAccepted() {
        return purposes.values().stream().mapToLong(MediaPurpose::maxBytes).max().orElse(1);
    }

    @Override
    @Transactional
    public MediaItem put(NewMedia media, InputStream content) throws MediaRefused, IOException {
        MediaItem item = store(media, content);
        return item;
    }

    /** Stores a file uploaded over HTTP and tells the purpose's feature ({@link MediaStored}), in one transaction. */
    @Transactional
    public MediaItem putUploaded(NewMedia media, InputStream content) throws MediaRefused, IOException {
        MediaItem item = store(media, content);
        stored.fire(new MediaStored(item));
        return item;
    }

    private MediaItem store(NewMedia media, InputStream content) throws MediaRefused, IOException {
        MediaPurpose purpose = media.purpose();
        BufferedInputStream in = new BufferedInputStream(content, 64 * 1024);
        in.mark(1);
        if (in.read() < 0) {
            throw new MediaRefused(MediaRefused.Reason.MEDIA_EMPTY, null);
        }
        in.reset();
        ContentCheck.Detected detected = ContentCheck.detect(in);
        MediaKind kind = ContentCheck.kindFor(detected, purpose).orElseThrow(() -> new MediaRefused(
                MediaRefused.Reason.MEDIA_TYPE_REFUSED, detected.contentType() + " for " + purpose.name()));
        UUID id = UUID.randomUUID();
        long size;
        try {
            size = directory.write(id, in, purpose.maxBytes(), rewriteFor(id, detected.contentType()));
        } catch (MediaDirectory.TooLarge e) {
            throw new MediaRefused(MediaRefused.Reason.MEDIA_TOO_LARGE, purpose.name());
        }
        afterRollback(id);
        MediaRow row = new MediaRow(id, media, kind, detected.contentType(), size, Instant.now());
        em.persist(row);
        LOG.infof("Media %s stored: %s, %s, %d bytes, for %s", id, purpose.name(), detected.contentType(), size, media.owner());
        return row.toItem();
    }

    /**
     * A browser's WebM recording is rewritten to say its length and where its clusters are ({@link WebmRemux}): as
     * recorded, Chromium cannot play Firefox's films and nobody can seek in Firefox's sound-only recordings.
     */
    private static MediaDirectory.Rewrite rewriteFor(UUID id, String contentType) {
        if (!contentType.equals("video/webm") && !contentType.equals("audio/webm")) {
            return null;
        }
        return (from, to) -> {
            long began = System.nanoTime();
            WebmRemux.Remuxed done = WebmRemux.remux(from, to);
            LOG.debugf("Media %s: WebM made seekable in %d ms: %s", id, (System.nanoTime() - began) / 1_000_000, done);
            return done.rewritten();
        };
    }

    @Override
    public Optional<MediaItem> find(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(MediaRow.class, id)).map(MediaRow::toItem);
    }

    @Override
    public InputStream open(MediaItem item, long offset, long length) throws IOException {
        return directory.open(item.id(), offset, length);
    }

    /** Whether the item's bytes are in the store (a row whose file went missing is served as not found). */
    public boolean hasBytes(MediaItem item) {
        return directory.exists(item.id());
    }

    @Override
    @Transactional
    public boolean delete(UUID id) {
        MediaRow row = id == null ? null : em.find(MediaRow.class, id);
        if (row == null) {
            return false;
        }
        em.remove(row);
        afterCommitDeleteFile(id);
        return true;
    }

    @Override
    @Transactional
    public List<MediaItem> ownedBy(StudentRef student) {
        return em.createQuery("select m from MediaRow m where " + OF_STUDENT + " order by m.createdAt", MediaRow.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultStream().map(MediaRow::toItem).toList();
    }

    @Override
    @Transactional
    public List<MediaItem> byReference(String purpose, String reference) {
        return em.createQuery("select m from MediaRow m where m.purpose = :purpose and m.reference = :reference "
                        + "order by m.createdAt", MediaRow.class)
                .setParameter("purpose", purpose).setParameter("reference", reference)
                .getResultStream().map(MediaRow::toItem).toList();
    }

    @Override
    @Transactional
    public void retainUntil(UUID id, Instant until) {
        Optional.ofNullable(em.find(MediaRow.class, id)).ifPresent(row -> row.retainUntil(until));
    }

    @Override
    @Transactional
    public void assessed(UUID id, Instant at) {
        Optional.ofNullable(em.find(MediaRow.class, id)).filter(row -> row.getRetainUntil() == null)
                .ifPresent(row -> row.assessed(at, RetentionDates.due(at, retention.daysFor(row.toItem().owner().platform()))));
    }

    /** When the owning feature marked the item assessed (its retention is counted from then), if it did. */
    @Transactional
    public Optional<Instant> assessedAt(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(MediaRow.class, id)).map(MediaRow::getAssessedAt);
    }

    /** Ids of items whose retention date has passed, oldest first, at most {@code limit}. */
    @Transactional
    public List<UUID> expired(Instant now, int limit) {
        return em.createQuery("select m.id from MediaRow m where m.retainUntil < :now order by m.retainUntil", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Deletes every item of a student (rows now, files after commit); how many. */
    @Transactional
    public long eraseOwnedBy(StudentRef student) {
        List<UUID> ids = em.createQuery("select m.id from MediaRow m where " + OF_STUDENT, UUID.class)
                .setParameter("platform", student.platform().value()).setParameter("subject", student.subject())
                .getResultList();
        ids.forEach(this::delete);
        return ids.size();
    }

    private void afterRollback(UUID id) {
        transactions.registerInterposedSynchronization(new AfterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) {
                deleteFile(id);
            }
        }));
    }

    private void afterCommitDeleteFile(UUID id) {
        transactions.registerInterposedSynchronization(new AfterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                deleteFile(id);
            }
        }));
    }

    private void deleteFile(UUID id) {
        try {
            directory.delete(id);
        } catch (IOException e) {
            // The row is gone, so nobody reaches the file; the next retention round's sweep does not see it either:
            // logged so an operator can remove it.
            LOG.warnf("MEDIA_FILE_NOT_DELETED: %s: %s", id, e.getMessage());
        }
    }

    /** Runs once the transaction has ended, with its outcome. */
    private record AfterCompletion(java.util.function.IntConsumer then) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            then.accept(status);
        }
    }
}
