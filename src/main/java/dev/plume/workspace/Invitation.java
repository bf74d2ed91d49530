package dev.plume.workspace;

import dev.plume.platform.database.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** An invitation to join an organization: single use, valid for a week; only the token's SHA-256 is stored. */
@Entity
@Table(name = "org_invitations")
public class Invitation extends UuidEntity {

    static final long VALID_DAYS = 7;

    @Column(name = "org_id")
    public UUID orgId;

    public String email;

    @Enumerated(EnumType.STRING)
    public OrgRole role;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "invited_by")
    public UUID invitedBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    static Invitation create(UUID orgId, String email, OrgRole role, String tokenHash, UUID invitedBy) {
        Invitation invitation = new Invitation();
        invitation.orgId = orgId;
        invitation.email = email;
        invitation.role = role;
        invitation.tokenHash = tokenHash;
        invitation.invitedBy = invitedBy;
        invitation.expiresAt = Instant.now().plus(VALID_DAYS, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        return invitation;
    }

    boolean usable() {
        return acceptedAt == null && expiresAt.isAfter(Instant.now());
    }

    void accept() {
        acceptedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
