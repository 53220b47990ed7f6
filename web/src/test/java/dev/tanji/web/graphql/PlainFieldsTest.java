package dev.tanji.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.DateFormat;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.junit.jupiter.api.Test;

class PlainFieldsTest {

    public enum Stage { PRODUCTION }

    public record Run(@Id String id, @NonNull @Description("kg") BigDecimal total, int year, Boolean primary,
            Stage stage, Instant calculatedAt, @Id int number, @NumberFormat("0.00") BigDecimal share,
            @DateFormat("yyyy") String formatted, @Name("renamed") String name, double ratio) {
    }

    public static final class Bean {
        public String getId() {
            return "x";
        }
    }

    @Test
    void aStringABigDecimalAnIntABooleanOrAnEnumComponentWithDescriptiveAnnotationsIsPlain() {
        assertThat(PlainFields.accessor(Run.class, "id")).isPresent();
        assertThat(PlainFields.accessor(Run.class, "total")).isPresent();
        assertThat(PlainFields.accessor(Run.class, "year")).isPresent();
        assertThat(PlainFields.accessor(Run.class, "primary")).isPresent();
        assertThat(PlainFields.accessor(Run.class, "stage")).isPresent();
    }

    @Test
    void whatSmallRyeFormatsOrRenamesIsNotPlain() {
        assertThat(PlainFields.accessor(Run.class, "calculatedAt")).as("a date").isEmpty();
        assertThat(PlainFields.accessor(Run.class, "number")).as("an id that is not a String").isEmpty();
        assertThat(PlainFields.accessor(Run.class, "share")).as("a number format").isEmpty();
        assertThat(PlainFields.accessor(Run.class, "formatted")).as("a date format").isEmpty();
        assertThat(PlainFields.accessor(Run.class, "name")).as("a component with another name").isEmpty();
        assertThat(PlainFields.accessor(Run.class, "renamed")).as("no component of that name").isEmpty();
        assertThat(PlainFields.accessor(Run.class, "ratio")).as("a double").isEmpty();
        assertThat(PlainFields.accessor(Bean.class, "id")).as("not a record").isEmpty();
    }

    @Test
    void aScalarThatGivesBackAValueOfTheComponentsTypeAsItIsIsNotCalledForSuchValues() {
        assertThat(PlainFields.unchangedBy(Scalars.GraphQLString, String.class)).isEqualTo(String.class);
        assertThat(PlainFields.unchangedBy(Scalars.GraphQLInt, int.class)).isEqualTo(Integer.class);
        assertThat(PlainFields.unchangedBy(Scalars.GraphQLBoolean, Boolean.class)).isEqualTo(Boolean.class);
        assertThat(PlainFields.unchangedBy(GraphQLScalarTypes.getScalarByName("BigDecimal"), BigDecimal.class))
                .isEqualTo(BigDecimal.class);
    }

    @Test
    void aScalarThatChangesOrRefusesTheSampleIsCalledForEveryValue() {
        GraphQLScalarType upperCase = scalar("UpperCase", value -> value.toString().toUpperCase(Locale.ROOT));
        GraphQLScalarType refusing = scalar("Refusing", value -> {
            throw new CoercingSerializeException("no");
        });

        assertThat(PlainFields.unchangedBy(upperCase, String.class)).isNull();
        assertThat(PlainFields.unchangedBy(refusing, String.class)).isNull();
        assertThat(PlainFields.unchangedBy(Scalars.GraphQLString, double.class)).as("no sample").isNull();
        assertThat(PlainFields.unchangedBy(Scalars.GraphQLFloat, BigDecimal.class)).as("a Double of it").isNull();
    }

    private static GraphQLScalarType scalar(String name, Function<Object, Object> serialize) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return serialize.apply(value);
            }
        }).build();
    }
}
