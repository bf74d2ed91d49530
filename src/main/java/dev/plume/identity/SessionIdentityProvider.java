package dev.plume.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

/** Resolves a bearer token to its session's user, with that user's role and every role below it. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String TOKEN_HASH_ATTRIBUTE = "plume.token-hash";

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (token.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Missing, unknown or expired bearer token"));
        }
        return context.runBlocking(() -> identityOf(SessionTokens.hash(token)));
    }

    /**
     * Its own transaction, so that the connection goes back to the pool before the endpoint
     * takes one: a request never holds two connections at once.
     */
    @ActivateRequestContext
    @Transactional
    SecurityIdentity identityOf(String tokenHash) {
        Viewer viewer = Session.viewerOf(tokenHash)
                .orElseThrow(() -> new AuthenticationFailedException("Missing, unknown or expired bearer token"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(viewer.id().toString()))
                .addRoles(viewer.role().grantedRoleNames())
                .addAttribute(Viewer.ATTRIBUTE, viewer)
                .addAttribute(TOKEN_HASH_ATTRIBUTE, tokenHash)
                .build();
    }
}
