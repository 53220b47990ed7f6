package dev.tanji.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.web.company.CompanyApi;
import dev.tanji.web.company.CompanyInput;
import dev.tanji.web.factor.FactorApi;
import dev.tanji.web.factor.FactorInput;
import dev.tanji.web.factor.FactorSetInput;
import dev.tanji.web.factor.GasAmountInput;
import dev.tanji.web.study.GwpSetName;
import dev.tanji.web.study.InventoryLineInput;
import dev.tanji.web.study.Stage;
import dev.tanji.web.study.StudyApi;
import dev.tanji.web.study.StudyInput;
import dev.tanji.web.user.RoleName;
import dev.tanji.web.user.UserApi;
import jakarta.json.JsonArray;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The constraints on the GraphQL inputs as Hibernate Validator checks them, and the error a client reads. */
class InputViolationsTest {

    private static final ExecutableValidator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator()
            .forExecutables();

    @Test
    void aBlankCompanyNameIsRefusedNamingTheOperationAndTheField() {
        ApiError error = refusal(new CompanyApi(), "createCompany", new CompanyInput("  ", null));

        assertThat(error.code()).isEqualTo("INVALID_INPUT");
        assertThat(error.getMessage()).isEqualTo("createCompany input.name: must not be blank");
    }

    @Test
    void aTooLongNameIsDescribedByItsLengthNotRepeated() {
        ApiError error = refusal(new CompanyApi(), "createCompany", new CompanyInput("x".repeat(10_000), null));

        assertThat(error.getMessage())
                .isEqualTo("createCompany input.name: is 10000 characters long; at most 200 are allowed");
    }

    @Test
    void aNegativeLineAmountKeepsTheCodeTheServiceGivesIt() {
        ApiError error = refusal(new StudyApi(), "createStudy", study(2022, List.of(),
                List.of(line("steel", "1", null), line("scrap", "-20.2", null))));

        assertThat(error.code()).isEqualTo("NEGATIVE_AMOUNT");
        assertThat(error.getMessage()).isEqualTo("createStudy input.lines[1].amount: must be at least 0, not -20.2");
    }

    @Test
    void aUnitStatementIsNamedByItsIndexInTheList() {
        ApiError error = refusal(new StudyApi(), "createStudy", study(2022, List.of("1 t", "t".repeat(201)),
                List.of(line("steel", "1", null))));

        assertThat(error.getMessage())
                .isEqualTo("createStudy input.unitStatements[1]: is 201 characters long; at most 200 are allowed");
    }

    @Test
    void fieldsWithDifferentCodesAreInvalidInputListedInTheOrderOfTheInput() {
        List<InventoryLineInput> lines = new ArrayList<>(Collections.nCopies(11, line("steel", "1", null)));
        lines.set(2, line("steel", "1", 9));
        lines.set(10, line(" ", "1", null));

        ApiError error = refusal(new StudyApi(), "createStudy", study(12345, List.of(), lines));

        assertThat(error.code()).isEqualTo("INVALID_INPUT");
        assertThat(error.getMessage()).isEqualTo("createStudy input.lines[2].technologyRating: must be at most 5, "
                + "not 9; input.lines[10].item: must not be blank; input.referenceYear: must be at most 2100, not 12345");
        JsonArray violations = (JsonArray) error.getExtensions().get("violations");
        assertThat(violations).hasSize(3);
        assertThat(violations.getJsonObject(0).getString("field")).isEqualTo("input.lines[2].technologyRating");
        assertThat(violations.getJsonObject(0).getString("code")).isEqualTo("INVALID_RATING");
    }

    @Test
    void tooManyUnitStatementsKeepTheServicesCode() {
        List<String> statements = IntStream.range(0, 21).mapToObj(i -> i + " t").toList();

        ApiError error = refusal(new StudyApi(), "createStudy", study(2022, statements,
                List.of(line("steel", "1", null))));

        assertThat(error.code()).isEqualTo("TOO_MANY_ITEMS");
        assertThat(error.getMessage()).isEqualTo("createStudy input.unitStatements: has 21 items; at most 20 are allowed");
    }

    @Test
    void aNegativeGasAmountDeepInTheInputIsNamedByItsPath() {
        FactorInput factor = new FactorInput("natural gas", null, null, null, null, "kg / m3",
                List.of(new GasAmountInput("CO2", new BigDecimal("2.09")),
                        new GasAmountInput("N2O", new BigDecimal("-1E-06"))), null, null, "test");

        ApiError error = refusal(new FactorApi(), "createFactorSet", new FactorSetInput(null, "Set", null, "1",
                null, null, null, List.of(factor)));

        assertThat(error.code()).isEqualTo("NEGATIVE_FACTOR");
        assertThat(error.getMessage())
                .isEqualTo("createFactorSet input.factors[0].gases[1].amount: must be at least 0, not -0.000001");
    }

    @Test
    void moreThanTenFieldsAreCountedNotListedInTheMessage() {
        List<InventoryLineInput> lines = IntStream.range(0, 12).mapToObj(i -> line("steel", "-1", null)).toList();

        ApiError error = refusal(new StudyApi(), "createStudy", study(2022, List.of(), lines));

        assertThat(error.getMessage()).startsWith("createStudy input.lines[0].amount: must be at least 0, not -1; ")
                .endsWith("input.lines[9].amount: must be at least 0, not -1; and 2 more");
        assertThat((JsonArray) error.getExtensions().get("violations")).hasSize(12);
    }

    @Test
    void aShortPasswordAndABadUserNameAreBothNamed() {
        ApiError error = refusal(new UserApi(), "createUser", "li na", "short", RoleName.ADMIN, null);

        assertThat(error.getMessage()).isEqualTo("createUser password: is 5 characters long; at least 8 are needed; "
                + "username: must be 1 to 100 letters, digits or . _ @ -");
    }

    @Test
    void validInputBreaksNoConstraint() {
        Set<?> violations = violations(new StudyApi(), "createStudy", study(2022, List.of("1 t"),
                List.of(line("steel", "0", 1))));

        assertThat(violations).isEmpty();
    }

    private static ApiError refusal(Object api, String operation, Object... arguments) {
        Set<ConstraintViolation<?>> violations = violations(api, operation, arguments);
        assertThat(InputViolations.ofArguments(violations)).isTrue();
        return InputViolations.refusal(violations);
    }

    private static Set<ConstraintViolation<?>> violations(Object api, String operation, Object... arguments) {
        Method method = Arrays.stream(api.getClass().getMethods()).filter(m -> m.getName().equals(operation))
                .findFirst().orElseThrow();
        return new HashSet<>(VALIDATOR.validateParameters(api, method, arguments));
    }

    private static StudyInput study(int referenceYear, List<String> unitStatements, List<InventoryLineInput> lines) {
        return new StudyInput("product", "facility", "factor set", null, "Study", referenceYear, GwpSetName.AR6, null,
                null, null, null, null, unitStatements, null, lines);
    }

    private static InventoryLineInput line(String item, String amount, Integer technologyRating) {
        return new InventoryLineInput(Stage.RAW_MATERIAL_ACQUISITION, item, new BigDecimal(amount), "kg", item, null,
                null, null, null, null, null, false, null, null, null, null, technologyRating, false, false);
    }
}
