package dk.laerepladsklar.roleplay.view;

import dk.laerepladsklar.roleplay.entity.LinkState;
import dk.laerepladsklar.roleplay.entity.MasterLink;
import java.time.Instant;
import java.util.Locale;

/**
 * A master's link as the student's and the teacher's pages list it: who it is for, its state in words, when it expires,
 * how often and when it was last opened, and the master's comment.
 */
public record LinkRow(String id, String master, String state, String stateText, String created, String expires,
                      int views, String lastView, String comment, String commentedAt) {

    static LinkRow of(MasterLink link, Locale locale) {
        LinkState state = link.state(Instant.now());
        String master = link.getMasterName() == null ? Messages.text(locale, "master.unnamed") : link.getMasterName();
        String stateText = state == LinkState.REVOKED
                ? Messages.text(locale, "master.state.revoked." + link.getRevokedBy().code(), AttemptTexts.when(link.getRevokedAt(), locale))
                : Messages.text(locale, "master.state." + state.code());
        return new LinkRow(link.getId().toString(), master, state.code(), stateText,
                AttemptTexts.when(link.getCreatedAt(), locale), AttemptTexts.when(link.getExpiresAt(), locale),
                link.getViewCount(), link.getLastViewAt() == null ? Messages.text(locale, "master.neverViewed")
                        : AttemptTexts.when(link.getLastViewAt(), locale),
                link.getComment(), AttemptTexts.when(link.getCommentedAt(), locale));
    }

    public boolean isOpen() {
        return LinkState.OPEN.code().equals(state);
    }

    public boolean isCommented() {
        return comment != null;
    }
}
