package dk.laerepladsklar.healthbridge;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * WildFly 39's MicroProfile Health finds {@code @Readiness}/{@code @Liveness} beans through a bean manager that, in an
 * EAR, sees the EAR's lib directory but not the web archive (measured: a check in {@code WEB-INF/classes} or
 * {@code WEB-INF/lib} of an EAR's WAR is not reported; the same class in the EAR's {@code lib/} or in a plain WAR is).
 * The tool ships as an EAR, with every module in the WAR. So this extension, in the EAR's lib, notes every health
 * check bean of the deployment as it is discovered and adds, for each, a bean of its own with the same qualifier that
 * WildFly does find; that bean hands each call to the real check. The checks themselves stay plain MicroProfile
 * Health beans in the modules they belong to.
 */
public class HealthBridge implements Extension {

    private static final Logger LOG = Logger.getLogger(HealthBridge.class.getName());
    private final List<Found> found = new ArrayList<>();

    /** A check bean of the deployment and the kind of probe it answers. */
    record Found(Bean<?> bean, Annotation kind) {
    }

    <T extends HealthCheck> void note(@Observes ProcessBean<T> event) {
        if (event.getBean().getBeanClass() == BridgedCheck.class) {
            return; // a stand-in of ours (its bean is announced too)
        }
        Annotation kind = kindOf(event.getBean().getQualifiers());
        if (kind != null) {
            found.add(new Found(event.getBean(), kind));
        }
    }

    void bridge(@Observes AfterBeanDiscovery event, BeanManager manager) {
        LOG.info(() -> "Health checks made visible to the server: " + found.stream()
                .map(f -> f.bean().getBeanClass().getSimpleName() + " (" + f.kind().annotationType().getSimpleName() + ")")
                .toList());
        for (Found check : found) {
            event.addBean()
                    .beanClass(BridgedCheck.class)
                    .types(HealthCheck.class, Object.class)
                    .qualifiers(check.kind(), BridgedCheck.Literal.INSTANCE)
                    .scope(Dependent.class)
                    .createWith(context -> new BridgedCheck(manager, check.bean()));
        }
    }

    /** Readiness, liveness or startup, as the bean's qualifiers say; null for a bean that is none of them. */
    static Annotation kindOf(Iterable<Annotation> qualifiers) {
        for (Annotation qualifier : qualifiers) {
            Class<? extends Annotation> type = qualifier.annotationType();
            if (type == Readiness.class || type == Liveness.class || type == Startup.class) {
                return qualifier;
            }
        }
        return null;
    }

    List<Found> found() {
        return found;
    }
}
