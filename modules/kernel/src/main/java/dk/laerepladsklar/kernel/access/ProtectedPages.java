package dk.laerepladsklar.kernel.access;

import java.util.List;
import java.util.Map;

/**
 * What a module contributes to the one page filter: the pages and resources it protects, and the landing pages it
 * provides. Each module that has pages contributes one {@code @ApplicationScoped} bean; the kernel finds them with
 * {@code Instance<ProtectedPages>}. Modules also list their contribution in
 * {@code META-INF/services/dk.laerepladsklar.kernel.access.ProtectedPages}, so the authorization matrix test can run
 * every page of every module without knowing the modules. A contribution must therefore have a no-argument
 * constructor and no injected fields.
 */
public interface ProtectedPages {

    List<ProtectedPage> pages();

    default Map<Landing, String> landings() {
        return Map.of();
    }
}
