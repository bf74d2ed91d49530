package dev.plume.workspace;

import dev.plume.identity.SessionTokens;
import dev.plume.identity.User;
import dev.plume.platform.database.Sql;
import dev.plume.platform.database.Transactions;
import dev.plume.platform.error.Problems;
import dev.plume.platform.mail.Mails;
import dev.plume.platform.slug.Slugs;
import dev.plume.workspace.WorkspaceDtos.CreateOrganizationRequest;
import dev.plume.workspace.WorkspaceDtos.InvitationView;
import dev.plume.workspace.WorkspaceDtos.InviteRequest;
import dev.plume.workspace.WorkspaceDtos.OrganizationSummary;
import dev.plume.workspace.WorkspaceDtos.UpdateOrganizationRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.UUID;

/**
 * Organizations, their members and invitations. The plan's limits hold under concurrency: every
 * change that adds members or could exceed them (accepting an invitation, a new plan) takes the
 * organization's row lock first. An organization never loses its last OWNER.
 */
@ApplicationScoped
public class OrganizationWrites {

    private static final String ENTER_NEW = "select set_config('plume.user_id', '', true) as member, set_config('plume.org_id', :org, true) as org";
    private static final String ENTER_INVITATION = "select id, org_id, email, role, expires_at, accepted_at from workspace_invitation(:hash)";

    private final Workspaces workspaces;
    private final Mails mails;

    OrganizationWrites(Workspaces workspaces, Mails mails) {
        this.workspaces = workspaces;
        this.mails = mails;
    }

    /** A new organization with its creator as OWNER; answers its slug. */
    public String create(UUID creator, CreateOrganizationRequest request) {
        String slug = request.slug() != null ? request.slug() : Slugs.of(request.name());
        if (slug.length() < 2) {
            throw Problems.invalid("body", "slug", "cannot be made from this name: give one");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = UUID.randomUUID();
            // the new organization's rows are admitted only once its transaction has entered it
            Sql.of(ENTER_NEW).bind("org", id.toString()).first(row -> row.text("org"));
            Organization.create(id, slug, request.name().strip()).persist();
            Membership.of(id, creator, OrgRole.OWNER).persistAndFlush();
            return slug;
        });
    }

    public void update(String slug, UUID caller, UpdateOrganizationRequest request) {
        OrgRole needed = request.plan() != null ? OrgRole.OWNER : OrgRole.ADMIN;
        workspaces.in(slug, caller, needed, entered -> {
            Organization organization = Organization.findById(entered.orgId());
            if (request.name() != null) {
                organization.name = request.name().strip();
            }
            if (request.plan() != null && request.plan() != organization.plan) {
                PlanLimits.lock(entered.orgId()).fits(request.plan());
                organization.plan = request.plan();
            }
            return organization;
        });
    }

    public void delete(String slug, UUID caller) {
        workspaces.in(slug, caller, OrgRole.OWNER, entered -> Organization.deleteById(entered.orgId()));
    }

    /** Changes a member's role: ADMIN for others' roles below OWNER, OWNER to make or unmake an OWNER. */
    public void changeRole(String slug, UUID caller, UUID memberId, OrgRole role) {
        workspaces.in(slug, caller, OrgRole.ADMIN, entered -> {
            Membership member = Membership.find(entered.orgId(), memberId).orElseThrow(() -> Problems.notFound("Member not found"));
            if ((role == OrgRole.OWNER || member.role == OrgRole.OWNER) && entered.role() != OrgRole.OWNER) {
                throw Problems.forbidden("Only an OWNER makes or unmakes an OWNER");
            }
            if (member.role == OrgRole.OWNER && role != OrgRole.OWNER) {
                keepAnOwner(entered.orgId());
            }
            member.role = role;
            return member;
        });
    }

    /** Removes a member: ADMIN removes others (an OWNER only by an OWNER); anyone may leave. */
    public void remove(String slug, UUID caller, UUID memberId) {
        OrgRole needed = caller.equals(memberId) ? OrgRole.VIEWER : OrgRole.ADMIN;
        workspaces.in(slug, caller, needed, entered -> {
            Membership member = Membership.find(entered.orgId(), memberId).orElseThrow(() -> Problems.notFound("Member not found"));
            if (member.role == OrgRole.OWNER) {
                if (entered.role() != OrgRole.OWNER) {
                    throw Problems.forbidden("Only an OWNER removes an OWNER");
                }
                keepAnOwner(entered.orgId());
            }
            member.delete();
            return member;
        });
    }

    private record Invited(UUID id, UUID orgId) {
    }

    private static void keepAnOwner(UUID orgId) {
        PlanLimits.lock(orgId);
        if (Membership.owners(orgId) <= 1) {
            throw Problems.conflict("role", "an organization keeps at least one OWNER");
        }
    }

    /** Invites an address to join with a role; mails the token after commit. */
    public InvitationView invite(String slug, UUID caller, InviteRequest request) {
        if (request.role() == OrgRole.OWNER) {
            throw Problems.invalid("body", "role", "must be ADMIN, MEMBER or VIEWER");
        }
        String token = SessionTokens.newToken();
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        return workspaces.in(slug, caller, OrgRole.ADMIN, entered -> {
            Invitation invitation = Invitation.create(entered.orgId(), email, request.role(), SessionTokens.hash(token), caller);
            invitation.persistAndFlush();
            Organization organization = Organization.findById(entered.orgId());
            mails.afterCommit(email, "Join " + organization.name + " on Plume", """
                    Hello,

                    you are invited to join %s as %s. Sign in (or create an account with this address) and open
                    this link within 7 days:
                    %s

                    If you did not expect this, ignore this mail.
                    """.formatted(organization.name, request.role(), mails.link("/invitations/accept?token=" + token)));
            return new InvitationView(invitation.id, email, invitation.role, invitation.expiresAt);
        });
    }

    /**
     * Makes the signed-in user a member, if the invitation is for their address, unused and not
     * expired, and the plan has room: under the organization's lock, so that concurrent
     * acceptances never pass the limit.
     */
    public OrganizationSummary accept(UUID userId, String token) {
        return Transactions.withRetry(3, () -> {
            Invited invited = Sql.of(ENTER_INVITATION).bind("hash", SessionTokens.hash(token))
                    .first(row -> new Invited(row.uuid("id"), row.uuid("org_id")))
                    .orElseThrow(() -> Problems.notFound("Invitation not found"));
            // everything below is read under the organization's lock, after any acceptance that held it committed
            PlanLimits limits = PlanLimits.lock(invited.orgId());
            Invitation invitation = Invitation.findById(invited.id());
            User user = User.findActive(userId).orElseThrow(() -> Problems.unauthorized("The account is gone"));
            if (!invitation.email.equalsIgnoreCase(user.email)) {
                throw Problems.forbidden("This invitation is for another email address");
            }
            if (!invitation.usable()) {
                throw Problems.conflict("token", "the invitation was used or has expired");
            }
            if (Membership.find(invitation.orgId, userId).isPresent()) {
                throw Problems.conflict("token", "you are a member already");
            }
            limits.roomForAMember("token");
            Organization organization = Organization.findById(invitation.orgId);
            invitation.accept();
            Membership.of(invitation.orgId, userId, invitation.role).persist();
            return new OrganizationSummary(organization.id, organization.slug, organization.name, organization.plan, invitation.role);
        });
    }
}
