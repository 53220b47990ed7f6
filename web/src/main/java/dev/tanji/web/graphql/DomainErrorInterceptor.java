package dev.tanji.web.graphql;

import dev.tanji.platform.Caller;
import dev.tanji.platform.DomainException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what the services throw into errors a client can act on. An operation carrying {@code @RolesAllowed} is
 * FORBIDDEN to a caller of another role before anything else, its arguments' constraints included: a VIEWER learns
 * that it may not create a company, not what a valid company would be. (The services check their own
 * {@code @RolesAllowed} too, on every call: that is what protects the data; this only answers first.) Arguments that
 * break their constraints (checked by Bean Validation, inside this, before the operation runs) are refused naming
 * each field ({@link InputViolations}); domain refusals keep their code and message; a call the caller's role does
 * not allow (the container's {@code @RolesAllowed} check on a service) is FORBIDDEN; anything else is logged here and
 * reaches the client as INTERNAL_ERROR, with no class name or stack trace.
 */
@Interceptor
@TranslatesDomainErrors
@Priority(Interceptor.Priority.APPLICATION)
public class DomainErrorInterceptor {

    private static final Logger LOG = Logger.getLogger(DomainErrorInterceptor.class.getName());

    @Inject
    Caller caller;

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        RolesAllowed allowed = call.getMethod().getAnnotation(RolesAllowed.class);
        if (allowed != null && caller.role().map(role -> !List.of(allowed.value()).contains(role.name()))
                .orElse(true)) {
            throw forbidden(call);
        }
        try {
            return call.proceed();
        } catch (ApiError e) {
            throw e;
        } catch (ConstraintViolationException e) {
            if (InputViolations.ofArguments(e.getConstraintViolations())) {
                throw InputViolations.refusal(e.getConstraintViolations());
            }
            throw unexpected(call, e);
        } catch (Exception e) {
            DomainException domain = cause(e, DomainException.class);
            if (domain != null) {
                throw new ApiError(domain.code(), domain.getMessage());
            }
            if (cause(e, EJBAccessException.class) != null) {
                throw forbidden(call);
            }
            throw unexpected(call, e);
        }
    }

    private ApiError forbidden(InvocationContext call) {
        return new ApiError("FORBIDDEN", call.getMethod().getName() + " is not allowed for user '"
                + caller.username() + "' with role " + caller.role().map(Enum::name).orElse("(none)"));
    }

    private static ApiError unexpected(InvocationContext call, Exception e) {
        LOG.log(Level.SEVERE, "Unexpected failure in " + call.getMethod().getName(), e);
        return new ApiError("INTERNAL_ERROR", "The server failed to answer this request; it has been logged");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
