package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** How often each service of the demo LMS was called and what it answered (for tests and the benchmark). */
@ApplicationScoped
public class DemoServiceStats {

    private final Map<String, Map<Integer, AtomicLong>> calls = new ConcurrentHashMap<>();
    private volatile Instant since = Instant.now();

    public void count(String service, int status) {
        calls.computeIfAbsent(service, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    }

    public long total(String service) {
        Map<Integer, AtomicLong> byStatus = calls.get(service);
        return byStatus == null ? 0 : byStatus.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long answered(String service, int status) {
        Map<Integer, AtomicLong> byStatus = calls.get(service);
        AtomicLong count = byStatus == null ? null : byStatus.get(status);
        return count == null ? 0 : count.get();
    }

    /** Calls per service and answer: {@code {"scores": {"200": 12, "409": 1}, ...}}. */
    public Map<String, Map<String, Long>> byService() {
        Map<String, Map<String, Long>> result = new TreeMap<>();
        calls.forEach((service, byStatus) -> {
            Map<String, Long> counts = new TreeMap<>();
            byStatus.forEach((status, count) -> counts.put(String.valueOf(status), count.get()));
            result.put(service, counts);
        });
        return result;
    }

    public Instant since() {
        return since;
    }

    public void reset() {
        calls.clear();
        since = Instant.now();
    }
}
