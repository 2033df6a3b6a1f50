package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.roleplay.control.InvalidScenarioPack;
import dk.laerepladsklar.roleplay.control.ScenarioPackReader;
import dk.laerepladsklar.roleplay.entity.Scenario;
import dk.laerepladsklar.roleplay.entity.ScenarioPack;
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
 * The role-play scenarios, read once at start-up from the scenario pack on the class path. A pack with problems stops
 * the deployment, with every problem in the log, rather than leaving a student in a conversation that breaks.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Scenarios {

    private static final Logger LOG = Logger.getLogger(Scenarios.class);

    private volatile ScenarioPack pack;

    @PostConstruct
    void load() {
        long start = System.nanoTime();
        try {
            pack = ScenarioPackReader.fromClassPath(Scenarios.class.getClassLoader()).read();
        } catch (InvalidScenarioPack e) {
            LOG.error("SCENARIO_PACK_INVALID: " + e.getMessage());
            throw e;
        }
        LOG.infof("Scenario pack v%d: %d role-play scenarios in %s, read in %d ms", pack.version(),
                pack.scenarios(Locale.forLanguageTag(ScenarioPack.DEFAULT_LANGUAGE)).size(), pack.languages(),
                (System.nanoTime() - start) / 1_000_000);
    }

    public List<Scenario> scenarios(Locale locale) {
        return pack.scenarios(locale);
    }

    public Optional<Scenario> scenario(String id, Locale locale) {
        return pack.scenario(id, locale);
    }

    /** Whether this path inside the pack is a voice some scenario uses (only those are ever served). */
    public boolean isVoice(String path) {
        return path != null && pack.languages().stream().flatMap(l -> pack.scenarios(Locale.forLanguageTag(l)).stream())
                .anyMatch(s -> s.voices().containsValue(path));
    }
}
