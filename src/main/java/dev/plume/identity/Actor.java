package dev.plume.identity;

/**
 * Who makes a change to a user: a signed-in {@link Viewer}, held to the role rules, or the
 * {@link #OPERATOR} (the command line and the seed), who runs the installation and is not.
 */
public sealed interface Actor permits Viewer, Actor.Operator {

    Actor OPERATOR = new Operator();

    record Operator() implements Actor {
    }
}
