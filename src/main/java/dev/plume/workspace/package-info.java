/**
 * Workspaces: organizations with members and invitations, projects and tasks, for many tenants
 * in one database. No tenant sees or changes another's rows, twice over: every operation enters
 * the request's organization through {@link dev.plume.workspace.Workspaces} (a member, with a
 * role high enough) and names it in its SQL; and PostgreSQL's Row-Level Security (migration V9)
 * shows a transaction only the rows of the organization it entered, so a query that forgets
 * still reads nothing of anyone else's. The same shape as content and commerce.
 */
package dev.plume.workspace;
