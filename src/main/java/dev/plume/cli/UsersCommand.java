package dev.plume.cli;

import dev.plume.identity.AuthDtos.RegisterRequest;
import dev.plume.identity.Role;
import dev.plume.identity.UserWrites;
import dev.plume.platform.error.Problem;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Users made and promoted by the operator: the first ADMIN of a new installation, without SQL.
 * A role set here reaches running instances within a second (the database announces it).
 */
@Command(name = "users", description = "Create users and set their roles (exit 0: done, 1: database unreachable, "
        + "2: invalid input, 4: email already registered or no such user).",
        subcommands = {UsersCommand.Create.class, UsersCommand.SetRole.class})
@Dependent
@Unremovable
public class UsersCommand implements Callable<Integer> {

    static final int INVALID = 2;
    static final int REFUSED = 4;

    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, as for any other usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return INVALID;
    }

    @Dependent
    @Unremovable
    @Command(name = "create", description = {
            "Create a user with a verified email. The password is read from standard input with",
            "--password-stdin; without it, one is generated and printed once."})
    static class Create implements Callable<Integer> {

        @Inject
        UserWrites users;

        @Inject
        Validator validator;

        @Option(names = "--email", required = true, paramLabel = "E")
        String email;

        @Option(names = "--name", required = true, paramLabel = "N")
        String name;

        @Option(names = "--role", defaultValue = "USER", paramLabel = "R",
                description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Role role;

        @Option(names = "--password-stdin", description = "Read the password from standard input (one line).")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws IOException {
            String given = passwordFromInput();
            String password = given.isEmpty() ? generatedPassword() : given;
            Set<ConstraintViolation<RegisterRequest>> violations = validator.validate(new RegisterRequest(email, password, name));
            if (!violations.isEmpty()) {
                violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .forEach(v -> System.err.println("--" + v.getPropertyPath() + " " + v.getMessage()));
                return INVALID;
            }
            return Database.reachable(() -> refusedOr(() -> {
                users.create(email.strip(), password, name, role);
                System.out.printf("Created %s %s%n", role, email.strip());
                if (given.isEmpty()) {
                    System.out.println("Password (shown once): " + password);
                }
                return 0;
            }));
        }

        private String passwordFromInput() throws IOException {
            if (!passwordFromStdin) {
                return "";
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }

        private static String generatedPassword() {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
    }

    @Dependent
    @Unremovable
    @Command(name = "role", description = "Give the user with this email another role.")
    static class SetRole implements Callable<Integer> {

        @Inject
        UserWrites users;

        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Parameters(index = "1", paramLabel = "ROLE", description = "One of ${COMPLETION-CANDIDATES}.")
        Role role;

        @Override
        public Integer call() {
            return Database.reachable(() -> refusedOr(() -> {
                users.changeRoleOf(email, role);
                System.out.printf("%s is now %s%n", email.strip(), role);
                return 0;
            }));
        }
    }

    /** A rule the change breaks (the email is taken, say) is a one-line message and exit code 4. */
    private static int refusedOr(Callable<Integer> change) throws Exception {
        try {
            return change.call();
        } catch (Problem refused) {
            List<Problem.Violation> violations = refused.violations();
            System.err.println(violations == null || violations.isEmpty() ? refused.getMessage()
                    : "--" + violations.getFirst().field() + " " + violations.getFirst().message());
            return REFUSED;
        }
    }
}
