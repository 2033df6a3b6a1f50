package dk.laerepladsklar.kernel.handover;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.GradebookAccess;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.api.store.Fields;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A launch context as text for the shared store, field by field (no Java serialization: what a node reads from the
 * store can only ever become a launch context). Course and link are of the actor's platform.
 */
final class LaunchContextCodec {

    private LaunchContextCodec() {
    }

    static void write(LaunchContext context, Fields.Writer out) {
        Actor actor = context.actor();
        out.text(context.id()).uuid(context.launchId()).text(context.kind().name())
                .uuid(actor.platform().value()).text(actor.subject()).text(actor.displayName())
                .texts(actor.roles().stream().map(Role::name).sorted().toList()).texts(List.copyOf(actor.mentees()))
                .flag(context.course() != null);
        if (context.course() != null) {
            out.text(context.course().id()).text(context.course().title()).text(context.course().label());
        }
        out.flag(context.link() != null);
        if (context.link() != null) {
            out.text(context.link().id()).text(context.link().title());
        }
        out.text(context.locale().toLanguageTag()).flag(context.gradebook() != null);
        if (context.gradebook() != null) {
            GradebookAccess gradebook = context.gradebook();
            out.text(gradebook.lineItems()).text(gradebook.lineItem()).flag(gradebook.canManageLineItems())
                    .flag(gradebook.canPublishScores());
        }
        out.text(context.rosterUrl()).uuid(context.placementId());
    }

    static LaunchContext read(Fields.Reader in) {
        String id = in.text();
        var launchId = in.uuid();
        LaunchKind kind = LaunchKind.valueOf(in.text());
        PlatformId platform = new PlatformId(in.uuid());
        String subject = in.text();
        String displayName = in.text();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        in.texts().forEach(role -> roles.add(Role.valueOf(role)));
        Set<String> mentees = new HashSet<>(in.texts());
        Actor actor = new Actor(platform, subject, displayName, roles, mentees);
        LtiContext course = in.flag() ? new LtiContext(platform, in.text(), in.text(), in.text()) : null;
        ResourceLink link = in.flag() ? new ResourceLink(in.text(), in.text()) : null;
        Locale locale = Locale.forLanguageTag(in.text());
        GradebookAccess gradebook = in.flag() ? new GradebookAccess(in.text(), in.text(), in.flag(), in.flag()) : null;
        return new LaunchContext(id, launchId, kind, actor, course, link, locale, gradebook, in.text(), in.uuid());
    }
}
