package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Brand;
import com.creatorplatform.campaign.domain.Invitation;
import com.creatorplatform.campaign.domain.TeamMember;
import com.creatorplatform.campaign.domain.TeamRole;
import com.creatorplatform.campaign.identity.BrandLogins;
import com.creatorplatform.campaign.repository.BrandRepository;
import com.creatorplatform.campaign.repository.InvitationRepository;
import com.creatorplatform.campaign.repository.TeamMemberRepository;
import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A brand's team: sign-up (the brand with its first admin), invitations by mail redeemed like a
 * creator's, roles and removals. The database holds the team; Keycloak holds the logins, changed
 * outside our transactions: a change is checked and stored first, and undone when Keycloak fails.
 */
@ApplicationScoped
public class BrandTeam {

    private static final Logger LOG = Logger.getLogger(BrandTeam.class);
    private static final String UNIQUE_VIOLATION = "23505";

    /** What a sign-up asks for. */
    public record SignUp(
            String name,
            String currency,
            List<String> allowedDomains,
            long minimumPayoutMinor,
            String timeZone,
            String adminEmail,
            String adminName,
            String adminPassword) {}

    public record SignedUp(Brand brand, TeamMember admin) {}

    public record Joined(TeamMember member, boolean loginCreated) {}

    private final BrandRepository brands;
    private final TeamMemberRepository members;
    private final InvitationRepository invitations;
    private final InvitationLinks links;
    private final InvitationMail mail;
    private final BrandLogins logins;
    private final Clock clock;
    private final Duration validFor;
    private final Duration abandonedAfter;

    BrandTeam(
            BrandRepository brands,
            TeamMemberRepository members,
            InvitationRepository invitations,
            InvitationLinks links,
            InvitationMail mail,
            BrandLogins logins,
            Clock clock,
            @ConfigProperty(name = "campaign.invitations.valid-for") Duration validFor,
            @ConfigProperty(name = "campaign.sign-up.abandoned-after", defaultValue = "PT2M")
                    Duration abandonedAfter) {
        this.brands = brands;
        this.members = members;
        this.invitations = invitations;
        this.links = links;
        this.mail = mail;
        this.logins = logins;
        this.clock = clock;
        this.validFor = validFor;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * The brand and its first admin are stored, then the admin's login is made; when the address is
     * taken (here or in Keycloak) or Keycloak fails, the rows are deleted again and nothing is
     * left.
     */
    public Uni<SignedUp> signUp(SignUp request) {
        var now = clock.instant();
        Brand brand =
                Brand.create(
                        request.name(),
                        request.currency(),
                        request.allowedDomains(),
                        request.minimumPayoutMinor(),
                        now);
        if (request.timeZone() != null && !request.timeZone().isBlank()) {
            brand.changeTimeZone(request.timeZone());
        }
        TeamMember admin =
                TeamMember.founder(brand.id, request.adminEmail(), request.adminName(), now);
        BrandLogins.requireAcceptablePassword(request.adminPassword());
        return settleAbandonedSignUp(admin.email)
                .chain(() -> store(brand, admin))
                .chain(
                        () ->
                                blocking(
                                                () ->
                                                        logins.createFounder(
                                                                brand.id,
                                                                admin.email,
                                                                admin.name,
                                                                request.adminPassword()))
                                        .onFailure()
                                        .call(failure -> forget(brand.id)))
                .chain(
                        loginId ->
                                Panache.withTransaction(
                                        () ->
                                                members.findById(admin.id)
                                                        .invoke(m -> m.loginId = loginId)))
                .map(stored -> new SignedUp(brand, stored))
                .invoke(
                        signed ->
                                LOG.infof(
                                        "brand %s (%s) signed up by its admin %s",
                                        brand.id, brand.name, signed.admin().id));
    }

    /** An INVITED member is stored with its invitation, and mailed. */
    public Uni<TeamMember> invite(UUID brandId, String email, String name, TeamRole role) {
        if (role == null) {
            throw ApiError.invalidArgument("role is required: ADMIN or VIEWER");
        }
        var member = TeamMember.invited(brandId, email, name, role, clock.instant());
        return Panache.withSession(() -> requireBrand(brandId))
                .chain(
                        () ->
                                blocking(
                                        () -> {
                                            logins.requireFreeFor(brandId, member.email);
                                            return member;
                                        }))
                .chain(
                        () ->
                                Panache.withTransaction(
                                                () ->
                                                        members.teamForChange(brandId)
                                                                .invoke(
                                                                        team ->
                                                                                requireRoom(
                                                                                        team,
                                                                                        member))
                                                                .chain(
                                                                        () ->
                                                                                requireNotOnATeam(
                                                                                        brandId,
                                                                                        member.email))
                                                                .call(() -> members.persist(member))
                                                                .map(
                                                                        persisted ->
                                                                                Invitation.toTeam(
                                                                                        member,
                                                                                        clock
                                                                                                .instant(),
                                                                                        validFor))
                                                                .call(invitations::persist)
                                                                .call(
                                                                        () ->
                                                                                Panache.getSession()
                                                                                        .flatMap(
                                                                                                s ->
                                                                                                        s
                                                                                                                .flush())))
                                        .onFailure(BrandTeam::uniqueViolation)
                                        .transform(unique -> onATeam(member.email)))
                .call(invitation -> mail.deliver(invitation.id))
                .map(invitation -> member)
                .invoke(
                        invited ->
                                LOG.infof(
                                        "brand %s invited team member %s as %s",
                                        brandId, invited.id, role));
    }

    /**
     * Redeems a team invitation's link (checked first: signature, expiry, single use), provides the
     * login outside any transaction, then uses the invitation and activates the member in one.
     */
    public Uni<Joined> redeem(String token, Optional<String> password) {
        UUID invitationId = links.verify(token, clock.instant());
        return Panache.withSession(
                        () ->
                                invitations
                                        .open(
                                                invitationId,
                                                true,
                                                LockModeType.NONE,
                                                clock.instant())
                                        .chain(
                                                invitation ->
                                                        invitedMember(invitation.brandMemberId)))
                .chain(
                        member ->
                                blocking(
                                                () ->
                                                        logins.provideForMember(
                                                                member.brandId,
                                                                member.role,
                                                                member.email,
                                                                member.name,
                                                                password))
                                        .chain(
                                                login ->
                                                        Panache.withTransaction(
                                                                        () ->
                                                                                use(
                                                                                        invitationId,
                                                                                        login
                                                                                                .userId()))
                                                                .map(
                                                                        joined ->
                                                                                new Joined(
                                                                                        joined,
                                                                                        login
                                                                                                .created()))))
                .invoke(
                        joined ->
                                LOG.infof(
                                        "team member %s joined brand %s",
                                        joined.member().id, joined.member().brandId));
    }

    public Uni<List<TeamMember>> team(UUID brandId) {
        return Panache.withSession(() -> members.team(brandId));
    }

    /** The role changes in the team, then on the login; undone when Keycloak fails. */
    public Uni<TeamMember> changeRole(UUID brandId, UUID memberId, TeamRole role) {
        if (role == null) {
            throw ApiError.invalidArgument("role is required: ADMIN or VIEWER");
        }
        return Panache.withTransaction(
                        () ->
                                members.teamForChange(brandId)
                                        .map(
                                                team -> {
                                                    TeamMember member = memberOf(team, memberId);
                                                    if (role == TeamRole.VIEWER) {
                                                        TeamMember.requireAnotherAdmin(
                                                                team, member);
                                                    }
                                                    TeamRole before = member.role;
                                                    member.role = role;
                                                    return new RoleChange(member, before);
                                                }))
                .chain(
                        change ->
                                change.member().loginId == null || change.before() == role
                                        ? Uni.createFrom().item(change.member())
                                        : blocking(
                                                        () -> {
                                                            logins.changeRole(
                                                                    change.member().loginId, role);
                                                            return change.member();
                                                        })
                                                .onFailure()
                                                .call(
                                                        failure ->
                                                                Panache.withTransaction(
                                                                        () ->
                                                                                members.findById(
                                                                                                memberId)
                                                                                        .invoke(
                                                                                                m ->
                                                                                                        m.role =
                                                                                                                change
                                                                                                                        .before()))))
                .invoke(
                        m ->
                                LOG.infof(
                                        "team member %s of brand %s is now %s",
                                        memberId, brandId, role));
    }

    private record RoleChange(TeamMember member, TeamRole before) {}

    /**
     * The member leaves the team (an invitation goes with them); their login loses the brand first,
     * so a failure of Keycloak leaves the team as it was.
     */
    public Uni<UUID> remove(UUID brandId, UUID memberId) {
        return Panache.withSession(
                        () ->
                                members.team(brandId)
                                        .map(
                                                team -> {
                                                    TeamMember member = memberOf(team, memberId);
                                                    TeamMember.requireAnotherAdmin(team, member);
                                                    return member;
                                                }))
                .call(
                        member ->
                                member.loginId == null
                                        ? Uni.createFrom().voidItem()
                                        : blocking(
                                                () -> {
                                                    logins.leaveBrand(member.loginId);
                                                    return null;
                                                }))
                .chain(
                        member ->
                                Panache.withTransaction(
                                        () ->
                                                members.teamForChange(brandId)
                                                        .invoke(
                                                                team ->
                                                                        TeamMember
                                                                                .requireAnotherAdmin(
                                                                                        team,
                                                                                        memberOf(
                                                                                                team,
                                                                                                memberId)))
                                                        .call(() -> members.deleteById(memberId))))
                .map(done -> memberId)
                .invoke(() -> LOG.infof("team member %s left brand %s", memberId, brandId));
    }

    private Uni<TeamMember> use(UUID invitationId, String loginId) {
        return invitations
                .open(invitationId, true, LockModeType.PESSIMISTIC_WRITE, clock.instant())
                .invoke(invitation -> invitation.redeem(clock.instant()))
                .chain(invitation -> invitedMember(invitation.brandMemberId))
                .invoke(member -> member.join(loginId, clock.instant()));
    }

    private Uni<TeamMember> invitedMember(UUID memberId) {
        return members.findById(memberId)
                .onItem()
                .ifNull()
                .failWith(Invitation::invalidLink)
                .invoke(TeamMember::requireInvited);
    }

    private static TeamMember memberOf(List<TeamMember> team, UUID memberId) {
        return team.stream()
                .filter(m -> m.id.equals(memberId))
                .findFirst()
                .orElseThrow(
                        () -> ApiError.notFound("team member " + memberId + " does not exist"));
    }

    private static void requireRoom(List<TeamMember> team, TeamMember joining) {
        if (team.size() >= TeamMember.MAX_TEAM) {
            throw ApiError.failedPrecondition(
                    "a team has at most " + TeamMember.MAX_TEAM + " members; remove one first");
        }
    }

    private Uni<Void> requireBrand(UUID brandId) {
        return brands.findById(brandId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("brand " + brandId + " does not exist"))
                .replaceWithVoid();
    }

    /** The brand and its founder in one transaction; ALREADY_EXISTS when the address is taken. */
    private Uni<Void> store(Brand brand, TeamMember admin) {
        return Panache.withTransaction(
                        () ->
                                requireNotOnATeam(admin.email)
                                        .call(() -> brands.persist(brand))
                                        .call(() -> members.persist(admin))
                                        .call(() -> Panache.getSession().flatMap(s -> s.flush())))
                .onFailure(BrandTeam::uniqueViolation)
                .transform(unique -> onATeam(admin.email))
                .replaceWithVoid();
    }

    /**
     * A sign-up that stopped between its stored rows and its login (a crash: the founder has no
     * recorded login long after joining) is settled when the address signs up again: the login made
     * before the crash is recorded (the sign-up happened; the retry is then ALREADY_EXISTS), or,
     * with no login made, the brand nobody could use is forgotten and the sign-up starts afresh.
     */
    private Uni<Void> settleAbandonedSignUp(String email) {
        var before = clock.instant().minus(abandonedAfter);
        return Panache.withSession(() -> members.byEmail(email))
                .chain(
                        found -> {
                            if (found == null
                                    || found.loginId != null
                                    || !found.activeAdmin()
                                    || found.joinedAt.isAfter(before)) {
                                return Uni.createFrom().voidItem();
                            }
                            return blocking(() -> logins.founderLogin(found.brandId, email))
                                    .chain(
                                            login ->
                                                    login.isPresent()
                                                            ? recordLogin(found.id, login.get())
                                                            : forget(found.brandId));
                        });
    }

    private Uni<Void> recordLogin(UUID memberId, String loginId) {
        return Panache.withTransaction(
                        () -> members.findById(memberId).invoke(m -> m.loginId = loginId))
                .invoke(
                        member ->
                                LOG.infof(
                                        "sign-up of brand %s completed: its admin's login %s recorded",
                                        member.brandId, loginId))
                .replaceWithVoid();
    }

    /** A signing-up address must be on no team. */
    private Uni<Void> requireNotOnATeam(String email) {
        return members.byEmail(email)
                .invoke(
                        found -> {
                            if (found != null) {
                                throw onATeam(email);
                            }
                        })
                .replaceWithVoid();
    }

    /** An invited address must be on no team: this brand's (ALREADY_EXISTS) or another's. */
    private Uni<Void> requireNotOnATeam(UUID brandId, String email) {
        return members.byEmail(email)
                .invoke(
                        found -> {
                            if (found != null && found.brandId.equals(brandId)) {
                                throw ApiError.alreadyExists(
                                        email + " is already on this brand's team");
                            }
                            if (found != null) {
                                throw ApiError.failedPrecondition(
                                        email
                                                + " belongs to another brand's team; a login works for one brand");
                            }
                        })
                .replaceWithVoid();
    }

    private static ApiError onATeam(String email) {
        return ApiError.alreadyExists(
                email + " is already on a brand's team: sign in, or use another address");
    }

    private Uni<Void> forget(UUID brandId) {
        return Panache.withTransaction(
                        () ->
                                members.delete("brandId", brandId)
                                        .call(() -> brands.deleteById(brandId)))
                .invoke(
                        () ->
                                LOG.infof(
                                        "sign-up of brand %s undone: no login was made for it",
                                        brandId))
                .replaceWithVoid();
    }

    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private static <T> Uni<T> blocking(Callable<T> call) {
        return VertxContextSupport.executeBlocking(call);
    }
}
