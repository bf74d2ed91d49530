package dev.plume.commerce;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** What an order costs beyond its items ({@code plume.commerce.*}). */
@ConfigMapping(prefix = "plume.commerce")
public interface CommerceSettings {

    /** The tax on the subtotal, a fraction (0.08 is 8 %). */
    @WithDefault("0.08")
    BigDecimal taxRate();

    @WithDefault("5.00")
    BigDecimal shippingFee();

    /** Orders with a subtotal of this or more ship free. */
    @WithDefault("50.00")
    BigDecimal freeShippingFrom();
}
