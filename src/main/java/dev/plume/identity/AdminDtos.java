package dev.plume.identity;

import dev.plume.platform.page.OffsetPagination;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of /api/admin. */
public final class AdminDtos {

    private AdminDtos() {
    }

    public record AdminUserView(UUID id, String email, @Schema(nullable = true) String name, Role role,
                                @Schema(nullable = true) Instant emailVerified, Instant createdAt,
                                @Schema(nullable = true) Instant deletedAt) {
    }

    public record AdminUserPage(List<AdminUserView> users, OffsetPagination pagination) {
    }

    public record ChangeRoleRequest(@Schema(examples = "MODERATOR") @NotNull Role role) {
    }
}
