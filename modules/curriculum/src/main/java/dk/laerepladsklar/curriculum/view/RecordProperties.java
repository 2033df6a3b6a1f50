package dk.laerepladsklar.curriculum.view;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets pages read records as they read beans: {@code #{step.title}} calls {@code step.title()}. Any public
 * no-argument method of a record counts (e.g. {@code summary.percentDone}). Expression Language 6 (Jakarta EE 11)
 * does this itself; until then this resolver, registered in the module's faces-config, does.
 */
public class RecordProperties extends ELResolver {

    private static final Map<Class<?>, Map<String, Optional<Method>>> METHODS = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> method = accessor(base, property);
        if (method.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return method.get().invoke(base);
        } catch (IllegalAccessException e) {
            throw new jakarta.el.ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new jakarta.el.ELException("Reading " + property + " of " + base.getClass().getName() + " failed", e.getCause());
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Optional<Method> method = accessor(base, property);
        if (method.isPresent()) {
            context.setPropertyResolved(base, property);
            return null; // read-only
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property).isPresent()) {
            throw new PropertyNotWritableException("Records are read-only: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Optional<Method> accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return Optional.empty();
        }
        return METHODS.computeIfAbsent(base.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> find(base.getClass(), n));
    }

    private static Optional<Method> find(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            boolean usable = Modifier.isPublic(type.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class;
            return usable ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
