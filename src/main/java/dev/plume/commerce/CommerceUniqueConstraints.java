package dev.plume.commerce;

import dev.plume.platform.error.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

@ApplicationScoped
class CommerceUniqueConstraints implements UniqueConstraints {

    @Override
    public Map<String, String> fieldsByConstraint() {
        return Map.of("products_sku_key", "sku", "products_slug_key", "slug", "shop_categories_slug_key", "slug",
                "reviews_one_per_user_key", "productId");
    }
}
