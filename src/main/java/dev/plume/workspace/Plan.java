package dev.plume.workspace;

import java.util.OptionalInt;

/** An organization's plan and its limits, which hold under concurrency (checked under the organization's row lock). */
public enum Plan {
    FREE(5, 3),
    PRO(50, 100),
    ENTERPRISE(Integer.MAX_VALUE, Integer.MAX_VALUE);

    private final int members;
    private final int projects;

    Plan(int members, int projects) {
        this.members = members;
        this.projects = projects;
    }

    public int members() {
        return members;
    }

    public int projects() {
        return projects;
    }

    OptionalInt memberLimit() {
        return members == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(members);
    }

    OptionalInt projectLimit() {
        return projects == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(projects);
    }
}
