package dev.plume.identity;

import dev.plume.platform.web.ErrorAnswer;
import dev.plume.identity.AuthDtos.Accepted;
import dev.plume.identity.AuthDtos.EmailRequest;
import dev.plume.identity.AuthDtos.ResetRequest;
import dev.plume.identity.AuthDtos.TokenRequest;
import dev.plume.identity.MeDtos.Verified;
import dev.plume.platform.error.Problems;
import dev.plume.platform.ratelimit.RateLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

/**
 * Email verification and password reset. The request endpoints answer 202 whether or not
 * the address has an account, so they cannot be used to find out who has one.
 */
@Path("/api/auth")
@Tag(name = "Auth")
public class AccountRecoveryResource {

    private final AccountRecovery recovery;
    private final UserReads reads;
    private final RateLimits limits;

    AccountRecoveryResource(AccountRecovery recovery, UserReads reads, RateLimits limits) {
        this.recovery = recovery;
        this.reads = reads;
        this.limits = limits;
    }

    private static final Accepted MAIL_ON_ITS_WAY =
            new Accepted("If an account uses this address, a mail is on its way to it");

    @POST
    @Path("/email-verification")
    @Operation(summary = "Mail a link that confirms the address (24 h, single use)")
    @APIResponse(responseCode = "202", description = "Same answer whether or not the address has an account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @ErrorAnswer(status = 429, description = "Too many mails asked for this email; see Retry-After")
    public RestResponse<Accepted> requestVerification(@Valid @NotNull EmailRequest request) {
        limits.consume("mail-email", "verify:" + request.email().strip().toLowerCase(Locale.ROOT));
        recovery.requestVerification(request.email());
        return RestResponse.accepted(MAIL_ON_ITS_WAY);
    }

    @POST
    @Path("/email-verification/confirm")
    @Operation(summary = "Confirm the address with the mailed token")
    public Verified confirmVerification(@Valid @NotNull TokenRequest request) {
        UUID userId = recovery.confirmVerification(request.token());
        return new Verified(reads.me(userId).orElseThrow(() -> Problems.notFound("User not found")));
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Mail a link that lets the user set a new password (1 h, single use)")
    @APIResponse(responseCode = "202", description = "Same answer whether or not the address has an account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @ErrorAnswer(status = 429, description = "Too many mails asked for this email; see Retry-After")
    public RestResponse<Accepted> requestReset(@Valid @NotNull EmailRequest request) {
        limits.consume("mail-email", "reset:" + request.email().strip().toLowerCase(Locale.ROOT));
        recovery.requestReset(request.email());
        return RestResponse.accepted(MAIL_ON_ITS_WAY);
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(summary = "Set a new password with the mailed token; ends every session of the user")
    @APIResponse(responseCode = "204", description = "Password changed, signed out everywhere")
    public Response confirmReset(@Valid @NotNull ResetRequest request) {
        recovery.confirmReset(request.token(), request.password());
        return Response.noContent().build();
    }
}
