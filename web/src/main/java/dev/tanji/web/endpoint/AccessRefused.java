package dev.tanji.web.endpoint;

import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 401 and 403 (web.xml): the server refused the request before any servlet ran, for its
 * credentials or for the account behind them. The answer is a GraphQL error with a code, as for every other error,
 * instead of the container's HTML page; the status and the {@code WWW-Authenticate} challenges stay as they were.
 */
public class AccessRefused extends HttpServlet {

    static final String UNAUTHENTICATED = "Sign in: send an access token from createAccessToken as "
            + "'Authorization: Bearer <token>', or a user name and password by HTTP Basic";
    static final String ACCOUNT_REFUSED = "This account may not use the API: it was removed or has no role; "
            + "an ADMIN can tell";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean forbidden = status instanceof Integer code && code == 403;
        RequestRefused refused = forbidden ? new RequestRefused(403, "FORBIDDEN", ACCOUNT_REFUSED)
                : new RequestRefused(401, "UNAUTHENTICATED", UNAUTHENTICATED);
        response.setStatus(refused.status());
        response.setContentType("application/json;charset=UTF-8");
        try (JsonWriter writer = Json.createWriter(response.getOutputStream())) {
            writer.writeObject(refused.toResponse());
        }
    }
}
