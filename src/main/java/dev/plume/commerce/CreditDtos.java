package dev.plume.commerce;

import dev.plume.platform.page.CursorPagination;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class CreditDtos {

    private CreditDtos() {
    }

    public record TransferRequest(@Schema(description = "Another user") @NotNull UUID toUserId,
                                  @Schema(examples = "12.50") @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    public record GrantRequest(@NotNull UUID userId,
                               @Schema(examples = "100.00") @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                               @Schema(examples = "Welcome credits") @NotBlank @Size(max = 300) String reason) {
    }

    public record Counterparty(UUID id, @Schema(nullable = true) String name) {
    }

    public record Movement(UUID transferId, CreditKind kind,
                           @Schema(description = "Signed: what the movement added to (or, negative, took from) my balance") BigDecimal amount,
                           @Schema(nullable = true, description = "Who the credits came from or went to; null for a grant") Counterparty counterparty,
                           @Schema(nullable = true) String reason, Instant createdAt) {
    }

    public record Credits(BigDecimal balance, List<Movement> movements, CursorPagination pagination) {
    }

    public record Transfer(UUID id, CreditKind kind, BigDecimal amount, @Schema(nullable = true) UUID fromUserId, UUID toUserId,
                           @Schema(nullable = true) String reason, Instant createdAt) {
    }
}
