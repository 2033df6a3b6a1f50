package dk.laerepladsklar.lti.core.admin;

import dk.laerepladsklar.lti.api.admin.KeySummary;
import dk.laerepladsklar.lti.api.admin.ToolKeyAdministration;
import dk.laerepladsklar.lti.core.keys.ToolKeyStore;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The admin port's keys: {@link ToolKeys} and {@link ToolKeyStore}. */
@ApplicationScoped
public class ToolKeysForAdmin implements ToolKeyAdministration {

    @Inject
    ToolKeys toolKeys;
    @Inject
    ToolKeyStore toolKeyStore;

    @Override
    public List<KeySummary> all() {
        return toolKeys.all().stream().map(k -> new KeySummary(k.getKid(), k.getCreatedAt(), k.isActive())).toList();
    }

    @Override
    public String currentKid() {
        return toolKeys.currentKid();
    }

    @Override
    public String rotate() {
        return toolKeys.rotate();
    }

    @Override
    public int retireOlderThanCurrent() {
        return toolKeys.retireOlderThanCurrent();
    }

    @Override
    public int sealPlaintextKeys() {
        return toolKeyStore.sealPlaintextKeys();
    }
}
