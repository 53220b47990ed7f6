package dev.tanji.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

/**
 * A mutation or query declares the roles the services it calls allow, no more and no fewer: its own declaration
 * refuses a caller early ({@code DomainErrorInterceptor}), the service's when it is called, and a web declaration
 * narrower than its service's would refuse callers the service lets in, a wider one would check their input for
 * nothing. A method calling several services declares the roles all of them allow.
 */
@AnalyzeClasses(packages = "dev.tanji", importOptions = ImportOption.DoNotIncludeTests.class)
class OperationsMatchTheirServicesRolesTest {

    @ArchTest
    static final ArchRule mutationsDeclareTheirServicesRoles = methods()
            .that().areAnnotatedWith(Mutation.class)
            .should(declareTheRolesOfTheServicesTheyCall());

    @ArchTest
    static final ArchRule queriesDeclareTheirServicesRoles = methods()
            .that().areAnnotatedWith(Query.class)
            .should(declareTheRolesOfTheServicesTheyCall());

    @ArchTest
    static void nearlyEveryOperationCallsAServiceThatDeclaresItsRoles(JavaClasses application) {
        List<JavaMethod> operations = application.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(Query.class) || method.isAnnotatedWith(Mutation.class))
                .toList();

        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(operations.stream().filter(operation -> servicesRoles(operation).isPresent()))
                .as("operations whose services' roles are known, so that the rules above compare something")
                .hasSizeGreaterThanOrEqualTo(operations.size() * 3 / 4);
    }

    private static ArchCondition<JavaMethod> declareTheRolesOfTheServicesTheyCall() {
        return new ArchCondition<>("declare the roles of the services they call") {
            @Override
            public void check(JavaMethod operation, ConditionEvents events) {
                Set<String> declared = roles(operation).orElse(Set.of());
                Optional<Set<String>> allowed = servicesRoles(operation);
                events.add(new SimpleConditionEvent(operation, allowed.isEmpty() || allowed.get().equals(declared),
                        operation.getFullName() + " declares " + new TreeSet<>(declared)
                                + " but the services it calls allow " + allowed.orElse(Set.of())));
            }
        };
    }

    /** The roles every service {@code operation} calls allows; empty if it calls none that declares roles. */
    private static Optional<Set<String>> servicesRoles(JavaMethod operation) {
        Set<String> allowed = null;
        for (JavaMethodCall call : operation.getMethodCallsFromSelf()) {
            Optional<Set<String>> service = call.getTarget().resolveMember()
                    .filter(target -> !target.getOwner().getPackageName().startsWith("dev.tanji.web"))
                    .flatMap(OperationsMatchTheirServicesRolesTest::roles);
            if (service.isPresent()) {
                if (allowed == null) {
                    allowed = new TreeSet<>(service.get());
                } else {
                    allowed.retainAll(service.get());
                }
            }
        }
        return Optional.ofNullable(allowed);
    }

    /** The roles a method allows: its own {@code @RolesAllowed}, else its class's; empty if neither says. */
    private static Optional<Set<String>> roles(JavaMethod method) {
        Optional<RolesAllowed> own = method.tryGetAnnotationOfType(RolesAllowed.class);
        JavaClass owner = method.getOwner();
        return own.or(() -> owner.tryGetAnnotationOfType(RolesAllowed.class))
                .map(roles -> Set.of(roles.value()));
    }
}
