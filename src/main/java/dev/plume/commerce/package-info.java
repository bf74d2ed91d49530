/**
 * Commerce: a catalog of products in a tree of shop categories, addresses, carts, checkout into
 * orders that never oversell, reviews by buyers, and a double-entry credits ledger. The same
 * shape as content: resources are HTTP only, {@code *Reads} hold the read SQL, {@code *Writes}
 * own transactions, rules and locks, entities their invariants. Money is {@code BigDecimal} with
 * two decimals, {@code NUMERIC(12,2)} in the database and a string in JSON.
 */
package dev.plume.commerce;
