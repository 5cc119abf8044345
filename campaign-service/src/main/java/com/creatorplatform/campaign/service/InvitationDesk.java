package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Creator;
import com.creatorplatform.campaign.domain.Invitation;
import com.creatorplatform.campaign.domain.Membership;
import com.creatorplatform.campaign.identity.CreatorLogins;
import com.creatorplatform.campaign.repository.InvitationRepository;
import com.creatorplatform.campaign.repository.MembershipRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A creator's invitation from mail to membership: the brand invites, the person gets a signed
 * single-use link, and redeeming it (no token needed: the link is the proof) provisions or reuses
 * their one login and accepts the membership exactly once.
 */
@ApplicationScoped
public class InvitationDesk {

    private static final Logger LOG = Logger.getLogger(InvitationDesk.class);

    /** What a redemption did: the membership accepted, and the login to sign in with. */
    public record Redemption(Membership membership, String login, boolean loginCreated) {}

    private final MembershipDesk memberships;
    private final MembershipRepository membershipRows;
    private final CreatorRoster creators;
    private final InvitationRepository invitations;
    private final InvitationLinks links;
    private final InvitationMail mail;
    private final CreatorLogins logins;
    private final Clock clock;
    private final Duration validFor;

    InvitationDesk(
            MembershipDesk memberships,
            MembershipRepository membershipRows,
            CreatorRoster creators,
            InvitationRepository invitations,
            InvitationLinks links,
            InvitationMail mail,
            CreatorLogins logins,
            Clock clock,
            @ConfigProperty(name = "campaign.invitations.valid-for") Duration validFor) {
        this.memberships = memberships;
        this.membershipRows = membershipRows;
        this.creators = creators;
        this.invitations = invitations;
        this.links = links;
        this.mail = mail;
        this.logins = logins;
        this.clock = clock;
        this.validFor = validFor;
    }

    private record Invited(Membership membership, UUID invitationId) {}

    /** The brand invites: the membership turns INVITED and its invitation is mailed. */
    public Uni<Membership> invite(UUID brandId, UUID membershipId, String message) {
        return Panache.withTransaction(
                        () ->
                                memberships
                                        .invite(brandId, membershipId, message)
                                        .flatMap(
                                                membership ->
                                                        creators.require(
                                                                        brandId,
                                                                        membership.creatorId)
                                                                .flatMap(
                                                                        creator ->
                                                                                invitationFor(
                                                                                        membership,
                                                                                        creator))
                                                                .map(
                                                                        invitation ->
                                                                                new Invited(
                                                                                        membership,
                                                                                        invitation
                                                                                                .id))))
                .call(invited -> mail.deliver(invited.invitationId()))
                .map(Invited::membership);
    }

    /**
     * The membership's invitation: a new one, or, when the brand invites again, the same one
     * renewed (one invitation per membership; its new link is mailed).
     */
    private Uni<Invitation> invitationFor(Membership membership, Creator creator) {
        return invitations
                .find("membershipId", membership.id)
                .firstResult()
                .flatMap(
                        existing -> {
                            if (existing != null) {
                                existing.renew(clock.instant(), validFor);
                                return Uni.createFrom().item(existing);
                            }
                            return invitations.persist(
                                    Invitation.of(membership, creator, clock.instant(), validFor));
                        });
    }

    /**
     * Redeems a link: checked first (signature, expiry, single use, the membership still open),
     * then the login is provided outside any transaction (Keycloak takes no part in ours), then the
     * invitation is used and the membership accepted in one transaction, which a concurrent
     * redemption of the same link waits for and then finds used.
     *
     * @param password required when the person has no login (or none with a password) yet; never
     *     changes an existing one
     */
    public Uni<Redemption> redeem(String token, Optional<String> password) {
        UUID invitationId = links.verify(token, clock.instant());
        return Panache.withSession(
                        () ->
                                openInvitation(invitationId, LockModeType.NONE)
                                        .flatMap(
                                                invitation ->
                                                        openMembership(
                                                                invitation, LockModeType.NONE)))
                .flatMap(
                        membership ->
                                Panache.withSession(
                                        () ->
                                                creators.require(
                                                        membership.brandId, membership.creatorId)))
                .flatMap(
                        creator ->
                                VertxContextSupport.executeBlocking(
                                                () ->
                                                        logins.provideForPerson(
                                                                creator.id,
                                                                creator.email,
                                                                creator.name,
                                                                password))
                                        .flatMap(
                                                login ->
                                                        Panache.withTransaction(
                                                                        () ->
                                                                                use(
                                                                                        invitationId,
                                                                                        login
                                                                                                .userId()))
                                                                .map(
                                                                        membership ->
                                                                                new Redemption(
                                                                                        membership,
                                                                                        creator.email,
                                                                                        login
                                                                                                .created()))))
                .invoke(
                        r ->
                                LOG.infof(
                                        "invitation %s redeemed: creator %s accepted membership %s",
                                        invitationId, r.membership().creatorId, r.membership().id));
    }

    private Uni<Membership> use(UUID invitationId, String userId) {
        return openInvitation(invitationId, LockModeType.PESSIMISTIC_WRITE)
                .invoke(invitation -> invitation.redeem(clock.instant()))
                .flatMap(invitation -> openMembership(invitation, LockModeType.PESSIMISTIC_WRITE))
                .invoke(membership -> membership.accept(clock.instant()))
                .call(
                        membership ->
                                creators.require(membership.brandId, membership.creatorId)
                                        .invoke(creator -> creator.linkLogin(userId)));
    }

    private Uni<Invitation> openInvitation(UUID id, LockModeType lock) {
        return invitations.open(id, false, lock, clock.instant());
    }

    private Uni<Membership> openMembership(Invitation invitation, LockModeType lock) {
        return membershipRows
                .findById(invitation.membershipId, lock)
                .invoke(Membership::requireAcceptable);
    }
}
