package dev.plume.platform.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(info = @Info(title = "Plume API", version = "1.0",
        description = "Blog and community platform: posts, comments, likes, categories, tags, users. "
                + "Errors are RFC 9457 problem details (application/problem+json)."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The token from POST /api/auth/login")
public class ApiDefinition extends Application {
}
