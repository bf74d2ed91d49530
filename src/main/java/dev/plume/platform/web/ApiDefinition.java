package dev.plume.platform.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(info = @Info(title = "Plume API", version = "1.0",
        description = "Blog and community platform: posts, comments, likes, categories, tags, users. "
                + "Errors are RFC 9457 problem details (application/problem+json)."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token from POST /api/auth/login (or an Auth.js database session token)")
@SecurityScheme(securitySchemeName = "adapterSecret", type = SecuritySchemeType.APIKEY, apiKeyName = "X-Plume-Adapter-Secret",
        in = SecuritySchemeIn.HEADER, description = "AUTHJS_SECRET, shared with the Auth.js adapter")
public class ApiDefinition extends Application {
}
