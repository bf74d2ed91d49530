package dev.plume.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of /api/auth. */
public final class AuthDtos {

    private AuthDtos() {
    }

    public record RegisterRequest(
            @Schema(examples = "ada@example.com") @NotBlank @Email @Size(max = 254) String email,
            @Schema(examples = "correct horse battery") @NotNull @Size(min = 8, max = 72) String password,
            @Schema(examples = "Ada Lovelace") @NotBlank @Size(max = 100) String name) {
    }

    public record LoginRequest(
            @Schema(examples = "admin@example.com") @NotBlank String email,
            @Schema(examples = "password123") @NotNull String password) {
    }

    /** A user as they and the administrators see them. */
    public record UserView(UUID id, String email, @Schema(nullable = true) String name, @Schema(nullable = true) String image,
                           Role role, Instant createdAt) {
    }

    public record UserEnvelope(UserView user) {
    }

    public record SignedIn(@Schema(description = "Bearer token; send as `Authorization: Bearer <token>`") String token,
                           Instant expires, UserView user) {
    }

    public record CurrentSession(UserView user, Instant expires) {
    }

    public record EmailRequest(@Schema(examples = "ada@example.com") @NotBlank @Email @Size(max = 254) String email) {
    }

    public record TokenRequest(@NotBlank @Size(max = 100) String token) {
    }

    public record ResetRequest(@NotBlank @Size(max = 100) String token,
                               @Schema(examples = "correct horse battery") @NotNull @Size(min = 8, max = 72) String password) {
    }

    public record Accepted(String message) {
    }
}
