package dev.tanji.web.graphql;

import dev.tanji.platform.DomainException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what the services throw into errors a client can act on. Domain refusals keep their code and message;
 * anything else is logged here and reaches the client as INTERNAL_ERROR, with no class name or stack trace.
 */
@Interceptor
@TranslatesDomainErrors
@Priority(Interceptor.Priority.APPLICATION)
public class DomainErrorInterceptor {

    private static final Logger LOG = Logger.getLogger(DomainErrorInterceptor.class.getName());

    @AroundInvoke
    public Object translate(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (ApiError e) {
            throw e;
        } catch (Exception e) {
            DomainException domain = domainCause(e);
            if (domain != null) {
                throw new ApiError(domain.code(), domain.getMessage());
            }
            LOG.log(Level.SEVERE, "Unexpected failure in " + call.getMethod().getName(), e);
            throw new ApiError("INTERNAL_ERROR", "The server failed to answer this request; it has been logged");
        }
    }

    private static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }
}
