package dev.plume.identity;

import java.util.UUID;

/**
 * Fired when what others see of a user changes (name, picture, role, deleted or restored),
 * so that features showing users (content) can drop what they cached.
 */
public record UserChanged(UUID userId) {
}
