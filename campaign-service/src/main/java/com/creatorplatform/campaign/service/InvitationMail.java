package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Invitation;
import com.creatorplatform.campaign.domain.TeamRole;
import com.creatorplatform.campaign.repository.InvitationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Mails invitations, a creator's to a campaign and a person's to a brand's team alike. The
 * invitation row is written with the membership's change; the mail goes after that transaction, and
 * a sweep sends again what did not go (the SMTP server was down, the service stopped in between). A
 * crash between sending and recording it sends the mail twice, which is harmless: the link is the
 * same and works once.
 */
@ApplicationScoped
public class InvitationMail {

    private static final Logger LOG = Logger.getLogger(InvitationMail.class);

    /** Younger invitations are still being mailed by the call that made them. */
    private static final Duration SWEEP_AFTER = Duration.ofMinutes(1);

    private static final int SWEEP_BATCH = 100;

    /** What a mail says: its subject, its text before the link, whom it greets. */
    private record Content(String email, String person, String subject, String text) {}

    private final ReactiveMailer mailer;
    private final InvitationRepository invitations;
    private final InvitationLinks links;
    private final Clock clock;

    InvitationMail(
            ReactiveMailer mailer,
            InvitationRepository invitations,
            InvitationLinks links,
            Clock clock) {
        this.mailer = mailer;
        this.invitations = invitations;
        this.links = links;
        this.clock = clock;
    }

    /** Sends the invitation's mail and records it; a failure is logged and left to the sweep. */
    public Uni<Void> deliver(UUID invitationId) {
        return Panache.withSession(
                        () ->
                                invitations
                                        .findById(invitationId)
                                        .flatMap(
                                                invitation ->
                                                        content(invitation)
                                                                .map(
                                                                        content ->
                                                                                mail(
                                                                                        invitation,
                                                                                        content))))
                .flatMap(mailer::send)
                .flatMap(
                        sent ->
                                Panache.withTransaction(
                                        () ->
                                                invitations
                                                        .findById(invitationId)
                                                        .invoke(i -> i.mailed(clock.instant()))))
                .invoke(() -> LOG.infof("mailed invitation %s", invitationId))
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(
                        failure -> {
                            LOG.warnf(
                                    "could not mail invitation %s (%s); the sweep retries",
                                    invitationId, failure.toString());
                            return Uni.createFrom().voidItem();
                        });
    }

    @Scheduled(
            identity = "invitation-mail",
            every = "${campaign.invitation-mail.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        var now = clock.instant();
        return Panache.withSession(
                        () -> invitations.unmailed(now.minus(SWEEP_AFTER), now, SWEEP_BATCH))
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(this::deliver)
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Mail mail(Invitation invitation, Content content) {
        String text =
                "Hello "
                        + content.person()
                        + ",\n\n"
                        + content.text()
                        + "\n\nAccept the invitation (and choose a password if you are new here):\n"
                        + links.link(invitation)
                        + "\n\nThe link works once, until "
                        + invitation.expiresAt
                        + ".\n";
        return Mail.withText(content.email(), content.subject(), text);
    }

    private Uni<Content> content(Invitation invitation) {
        return invitation.toTeam() ? teamContent(invitation.id) : campaignContent(invitation.id);
    }

    private Uni<Content> campaignContent(UUID invitationId) {
        return row(
                        "select i.email, cr.name, b.name, c.name, m.invitation_message"
                                + " from invitation i join membership m on m.id = i.membership_id"
                                + " join campaign c on c.id = m.campaign_id join brand b on b.id = m.brand_id"
                                + " join creator cr on cr.id = m.creator_id where i.id = :id",
                        invitationId)
                .map(
                        row ->
                                new Content(
                                        (String) row[0],
                                        (String) row[1],
                                        row[2] + " invites you to \"" + row[3] + "\"",
                                        row[2]
                                                + " invites you to its campaign \""
                                                + row[3]
                                                + "\":\n\n"
                                                + row[4]));
    }

    private Uni<Content> teamContent(UUID invitationId) {
        return row(
                        "select i.email, t.name, b.name, t.role from invitation i"
                                + " join brand_member t on t.id = i.brand_member_id"
                                + " join brand b on b.id = t.brand_id where i.id = :id",
                        invitationId)
                .map(
                        row ->
                                new Content(
                                        (String) row[0],
                                        (String) row[1],
                                        row[2] + " invites you to its team",
                                        row[2]
                                                + " invites you to its team on the creator platform, as "
                                                + (TeamRole.ADMIN.name().equals(row[3])
                                                        ? "an admin (you may change everything of the brand)."
                                                        : "a viewer (you may read everything of the brand).")));
    }

    private static Uni<Object[]> row(String sql, UUID invitationId) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(sql, Object[].class)
                                        .setParameter("id", invitationId)
                                        .getSingleResult());
    }
}
