package dev.tanji.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void spellsEachRoleAsTheDatabaseAndTheContainerDo() {
        assertThat(new String[] {Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
                .containsExactly(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
