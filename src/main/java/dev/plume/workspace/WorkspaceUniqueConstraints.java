package dev.plume.workspace;

import dev.plume.platform.error.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

@ApplicationScoped
class WorkspaceUniqueConstraints implements UniqueConstraints {

    @Override
    public Map<String, String> fieldsByConstraint() {
        return Map.of("organizations_slug_key", "slug", "org_members_pkey", "token");
    }
}
