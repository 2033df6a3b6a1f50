package dk.laerepladsklar.kernel.personaldata;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one capability keeps about a student: counts per kind, for the admin page and API. */
public record ModuleHolding(String module, Map<String, Long> counts) implements Serializable {

    public ModuleHolding {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts == null ? Map.of() : counts));
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
