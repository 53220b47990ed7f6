package dev.tanji.web.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
public class PingApi {
    @Query
    public String ping() {
        return "pong";
    }
}
