package dev.tanji.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

/**
 * Every mutation and query says which roles may call it, so that any other caller is refused before its input is
 * checked.
 */
@AnalyzeClasses(packages = "dev.tanji.web", importOptions = ImportOption.DoNotIncludeTests.class)
class OperationsDeclareRolesTest {

    @ArchTest
    static final ArchRule everyMutationDeclaresItsRoles = methods()
            .that().areAnnotatedWith(Mutation.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .because("DomainErrorInterceptor refuses other roles before Bean Validation looks at the input");

    @ArchTest
    static final ArchRule everyQueryDeclaresItsRoles = methods()
            .that().areAnnotatedWith(Query.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .because("DomainErrorInterceptor refuses other roles before Bean Validation looks at the input");
}
