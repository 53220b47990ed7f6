package dev.tanji.web.user;

import dev.tanji.user.UserView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("User")
public record User(@NonNull String username, @NonNull RoleName role,
        @Id @Description("The company whose data the user works on; null for an ADMIN with none") String companyId) {

    static User of(UserView v) {
        return new User(v.username(), RoleName.valueOf(v.role().name()),
                v.companyId() == null ? null : v.companyId().toString());
    }
}
