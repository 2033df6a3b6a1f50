package dk.laerepladsklar.healthbridge;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Stands in for one of the deployment's health checks where WildFly looks for them, and hands every call to it. The
 * real check is looked up on the first call (WildFly collects the checks before the application has started) and
 * kept; a check that throws is reported DOWN under its own name rather than failing the whole probe.
 */
public final class BridgedCheck implements HealthCheck {

    /** Marks the stand-ins, so they are never mistaken for the checks they stand for. */
    @Qualifier
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
    public @interface Bridged {
    }

    static final class Literal extends AnnotationLiteral<Bridged> implements Bridged {
        static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }

    private final BeanManager manager;
    private final Bean<?> bean;
    private volatile HealthCheck target;

    BridgedCheck(BeanManager manager, Bean<?> bean) {
        this.manager = manager;
        this.bean = bean;
    }

    /** For tests: a stand-in for a check at hand. */
    BridgedCheck(HealthCheck target) {
        this.manager = null;
        this.bean = null;
        this.target = target;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return target().call();
        } catch (RuntimeException e) {
            String name = bean == null ? "unknown" : bean.getBeanClass().getSimpleName();
            return new HealthCheckResponse(name, HealthCheckResponse.Status.DOWN,
                    Optional.of(Map.of("reason", e.getClass().getSimpleName())));
        }
    }

    private HealthCheck target() {
        HealthCheck current = target;
        if (current == null) {
            current = (HealthCheck) manager.getReference(bean, HealthCheck.class, manager.createCreationalContext(bean));
            target = current;
        }
        return current;
    }
}
