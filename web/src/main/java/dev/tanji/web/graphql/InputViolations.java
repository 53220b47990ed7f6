package dev.tanji.web.graphql;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The refusal of an operation whose arguments break their constraints (Bean Validation, checked before the operation
 * runs): one {@link ApiError} whose message names the operation and each field by its path in the arguments, as the
 * client wrote them, e.g. {@code createStudy input.lines[3].amount: must be at least 0, not -2}, and whose
 * {@code extensions.violations} lists each {@code field} with its {@code message} and {@code code}. The code of the
 * error is the violations' own ({@link Refusal}) when they share one, else {@value Refusal#INVALID_INPUT}.
 *
 * <p>Messages are made here from the constraint and the refused value, in the words the services use, so that they
 * do not depend on the server's locale; a long text or list is described by its length, never echoed.
 */
final class InputViolations {

    /** Fields named in the message; the rest are counted. */
    static final int LISTED_IN_MESSAGE = 10;
    /** Fields listed in {@code extensions.violations}. */
    static final int LISTED = 100;

    private InputViolations() {
    }

    /** Whether these are violations of an operation's arguments, rather than of something a service stores. */
    static boolean ofArguments(Set<ConstraintViolation<?>> violations) {
        return !violations.isEmpty() && violations.stream().allMatch(v -> v.getExecutableParameters() != null);
    }

    static ApiError refusal(Set<ConstraintViolation<?>> violations) {
        List<Violation> sorted = violations.stream().map(Violation::of)
                .sorted(Comparator.comparing(Violation::sortKey).thenComparing(Violation::message)).toList();
        String operation = sorted.get(0).operation();
        String listed = sorted.stream().limit(LISTED_IN_MESSAGE).map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        String more = sorted.size() > LISTED_IN_MESSAGE
                ? "; and " + (sorted.size() - LISTED_IN_MESSAGE) + " more" : "";
        Set<String> codes = sorted.stream().map(Violation::code).collect(Collectors.toSet());
        String code = codes.size() == 1 ? codes.iterator().next() : Refusal.INVALID_INPUT;
        JsonArrayBuilder fields = Json.createArrayBuilder();
        sorted.stream().limit(LISTED).forEach(v -> fields.add(Json.createObjectBuilder()
                .add("field", v.field()).add("message", v.message()).add("code", v.code())));
        return new ApiError(code, operation + " " + listed + more, Map.of("violations", fields.build()));
    }

    /** One refused field; {@code sortKey} orders list indexes as numbers. */
    private record Violation(String operation, String field, String sortKey, String message, String code) {

        static Violation of(ConstraintViolation<?> violation) {
            String operation = "";
            StringBuilder field = new StringBuilder();
            StringBuilder sortKey = new StringBuilder();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.METHOD) {
                    operation = node.getName();
                    continue;
                }
                if (node.isInIterable() && node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                    sortKey.append('[').append(String.format("%010d", node.getIndex())).append(']');
                }
                if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                        && node.getName() != null) {
                    String separator = field.isEmpty() ? "" : ".";
                    field.append(separator).append(node.getName());
                    sortKey.append(separator).append(node.getName());
                }
            }
            return new Violation(operation, field.toString(), sortKey.toString(), InputViolations.message(violation),
                    Refusal.code(violation));
        }
    }

    private static String message(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        if (constraint instanceof NotBlank) {
            return "must not be blank";
        }
        if (constraint instanceof NotEmpty) {
            return "must not be empty";
        }
        if (constraint instanceof Size size && (value instanceof CharSequence || value instanceof Collection<?>)) {
            return size(size, value);
        }
        if (constraint instanceof Min min) {
            return "must be at least " + min.value() + ", not " + number(value);
        }
        if (constraint instanceof Max max) {
            return "must be at most " + max.value() + ", not " + number(value);
        }
        if (constraint instanceof DecimalMin min) {
            return "must be " + (min.inclusive() ? "at least " : "more than ") + min.value() + ", not " + number(value);
        }
        if (constraint instanceof DecimalMax max) {
            return "must be " + (max.inclusive() ? "at most " : "less than ") + max.value() + ", not " + number(value);
        }
        return violation.getMessage();
    }

    private static String size(Size size, Object value) {
        boolean text = value instanceof CharSequence;
        int length = text ? ((CharSequence) value).length() : ((Collection<?>) value).size();
        String measured = text ? "is " + length + " characters long" : "has " + length + " items";
        return length < size.min() ? measured + "; at least " + size.min() + " are needed"
                : measured + "; at most " + size.max() + " are allowed";
    }

    /** A number as entered; a decimal of absurd scale in exponent form, so that the message stays short. */
    private static String number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Math.abs(decimal.scale()) > 30 ? decimal.toString() : decimal.toPlainString();
        }
        return String.valueOf(value);
    }
}
