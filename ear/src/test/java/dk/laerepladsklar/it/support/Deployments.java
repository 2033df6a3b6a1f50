package dk.laerepladsklar.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The archives tests deploy: the real EAR the build produced, exactly as it goes to production. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        File ear = new File(System.getProperty("lpk.ear", "target/laerepladsklar.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify builds it): " + ear);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
