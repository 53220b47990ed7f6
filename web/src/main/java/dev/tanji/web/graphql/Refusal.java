package dev.tanji.web.graphql;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import java.util.Map;

/**
 * The error codes of the constraints on GraphQL inputs whose refusal has a code of its own. A constraint names one as
 * its payload, e.g. {@code @DecimalMin(value = "0", payload = Refusal.NegativeAmount.class)}, so that a client reads
 * the same code whether the input is refused at the API or by the service behind it; a constraint without one is
 * refused with {@value #INVALID_INPUT}.
 */
public final class Refusal {

    public static final String INVALID_INPUT = "INVALID_INPUT";

    /** A negative amount on an inventory line or its transport leg. */
    public interface NegativeAmount extends Payload {
    }

    /** A negative factor value or amount per gas. */
    public interface NegativeFactor extends Payload {
    }

    /** A technology rating outside 1 to 5. */
    public interface InvalidRating extends Payload {
    }

    /** A density that is not a positive number of kg/m³. */
    public interface InvalidDensity extends Payload {
    }

    /** A cut-off threshold that is not a percentage from 0 to 100. */
    public interface InvalidCutOff extends Payload {
    }

    /** A period output or product share of an allocation that is not positive. */
    public interface InvalidAllocation extends Payload {
    }

    /** A study without inventory lines. */
    public interface EmptyInventory extends Payload {
    }

    /** A list longer than one request may carry. */
    public interface TooManyItems extends Payload {
    }

    /** An import document that is empty or too long. */
    public interface InvalidDocument extends Payload {
    }

    private static final Map<Class<?>, String> CODES = Map.of(
            NegativeAmount.class, "NEGATIVE_AMOUNT",
            NegativeFactor.class, "NEGATIVE_FACTOR",
            InvalidRating.class, "INVALID_RATING",
            InvalidDensity.class, "INVALID_DENSITY",
            InvalidCutOff.class, "INVALID_CUT_OFF",
            InvalidAllocation.class, "INVALID_ALLOCATION",
            EmptyInventory.class, "EMPTY_INVENTORY",
            TooManyItems.class, "TOO_MANY_ITEMS",
            InvalidDocument.class, "INVALID_DOCUMENT");

    private Refusal() {
    }

    /** The code a violation is refused with: its constraint's payload's, else {@value #INVALID_INPUT}. */
    static String code(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getPayload().stream().map(CODES::get)
                .filter(code -> code != null).findFirst().orElse(INVALID_INPUT);
    }
}
