package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.curriculum.control.ContentPackReader;
import dk.laerepladsklar.curriculum.control.InvalidContentPack;
import dk.laerepladsklar.curriculum.entity.ContentPack;
import dk.laerepladsklar.curriculum.entity.TeachingModule;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The teaching modules' content, read once at start-up from the content pack on the class path. A pack with
 * problems stops the deployment, with every problem in the log, rather than showing students broken pages.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Curriculum {

    private static final Logger LOG = Logger.getLogger(Curriculum.class);

    private volatile ContentPack pack;

    @PostConstruct
    void load() {
        long start = System.nanoTime();
        try {
            pack = ContentPackReader.fromClassPath(Curriculum.class.getClassLoader()).read();
        } catch (InvalidContentPack e) {
            LOG.error("CONTENT_PACK_INVALID: " + e.getMessage());
            throw e;
        }
        LOG.infof("Content pack v%d: %d teaching modules in %s, %d images, read in %d ms", pack.version(),
                pack.modules(Locale.forLanguageTag(ContentPack.DEFAULT_LANGUAGE)).size(), pack.languages(),
                pack.images().size(), (System.nanoTime() - start) / 1_000_000);
    }

    public ContentPack pack() {
        return pack;
    }

    public List<TeachingModule> modules(Locale locale) {
        return pack.modules(locale);
    }

    public Optional<TeachingModule> module(String id, Locale locale) {
        return pack.module(id, locale);
    }
}
