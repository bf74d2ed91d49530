package dev.plume.commerce;

/** GRANT: issued by an administrator; TRANSFER: from one user to another. */
public enum CreditKind {
    GRANT, TRANSFER
}
