package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.UserPreferences;
import org.opensales.sales.api.ValidationException;

class UserPreferencesTest extends SalesTestSupport {

    private final UserPreferences preferences = new UserPreferencesImpl(SharedDatabases.salesDatabase(dataSource), users);

    @BeforeEach
    void noPreferencesYet() {
        TestDatabase.execute(dataSource, "DELETE FROM sales_preference");
    }

    @Test
    void aUserReadsBackWhatTheyStoredAndNothingElse() {
        preferences.put(UserPreferences.VISIBLE_COLUMNS, "title,amount,phase");

        assertThat(preferences.get(UserPreferences.VISIBLE_COLUMNS)).contains("title,amount,phase");
        assertThat(preferences.get("grid.sort")).isEmpty();
    }

    @Test
    void eachUserHasTheirOwnSettings() {
        as("pieter", () -> { preferences.put("grid.visibleColumns", "title"); return null; });
        as("fatima", () -> { preferences.put("grid.visibleColumns", "amount"); return null; });

        assertThat(as("pieter", () -> preferences.get("grid.visibleColumns"))).contains("title");
        assertThat(as("fatima", () -> preferences.get("grid.visibleColumns"))).contains("amount");
        assertThat(preferences.get("grid.visibleColumns")).as("sanne set nothing").isEmpty();
        assertThat(as("vera", () -> preferences.get("grid.visibleColumns"))).as("a viewer keeps settings too").isEmpty();
    }

    @Test
    void storingAgainReplacesTheValueAndKeysDifferingInCaseAreDifferent() {
        preferences.put("grid.visibleColumns", "title,amount");
        preferences.put("grid.visibleColumns", "");
        preferences.put("Grid.VisibleColumns", "phase");

        assertThat(preferences.get("grid.visibleColumns")).contains("");
        assertThat(preferences.get("Grid.VisibleColumns")).contains("phase");
        assertThat(TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM sales_preference")).isEqualTo(2);
    }

    @Test
    void keysAndValuesAreChecked() {
        String longestKey = "k".repeat(100);
        String longestValue = "€".repeat(4000);
        preferences.put(longestKey, longestValue);
        assertThat(preferences.get(longestKey)).contains(longestValue);

        assertThatThrownBy(() -> preferences.put(" ", "x")).isInstanceOf(ValidationException.class)
                .hasMessage("key is required");
        assertThatThrownBy(() -> preferences.put(null, null)).isInstanceOf(ValidationException.class)
                .hasMessage("key is required; value is required");
        assertThatThrownBy(() -> preferences.put(longestKey + "k", longestValue + "€"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("key must be at most 100 characters; value must be at most 4000 characters");
        assertThatThrownBy(() -> preferences.get("")).isInstanceOf(ValidationException.class)
                .hasMessage("key is required");
        assertThat(TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM sales_preference")).isEqualTo(1);
    }

    @Test
    void nobodyLoggedInAndUsersWithoutASalesRoleAreRefused() {
        users.actAs(null);
        assertThatThrownBy(() -> preferences.get("grid.visibleColumns")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("no user is logged in");
        assertThatThrownBy(() -> preferences.put("grid.visibleColumns", "title"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("no user is logged in");

        users.actAs("nora");
        assertThatThrownBy(() -> preferences.put("grid.visibleColumns", "title"))
                .isInstanceOf(AccessDeniedException.class).hasMessage("user nora has no sales role");
        assertThat(TestDatabase.queryLong(dataSource, "SELECT COUNT(*) FROM sales_preference")).isZero();
    }
}
