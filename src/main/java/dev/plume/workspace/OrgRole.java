package dev.plume.workspace;

/** A member's role in one organization, each allowing what the one below it does and more. */
public enum OrgRole {
    /** Reads everything of the organization. */
    VIEWER,
    /** Also writes tasks. */
    MEMBER,
    /** Also manages projects, members and invitations. */
    ADMIN,
    /** Also the plan, billing and deleting the organization. */
    OWNER;

    public boolean atLeast(OrgRole needed) {
        return compareTo(needed) >= 0;
    }
}
