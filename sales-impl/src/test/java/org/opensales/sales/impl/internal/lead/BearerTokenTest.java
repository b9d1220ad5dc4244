package org.opensales.sales.impl.internal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

    private final BearerToken token = new BearerToken("s3cret-token");

    @Test
    void acceptsTheConfiguredToken() {
        assertThat(token.configured()).isTrue();
        assertThat(token.accepts("Bearer s3cret-token")).isTrue();
        assertThat(token.accepts("bearer  s3cret-token ")).isTrue();
    }

    @Test
    void rejectsAnythingElse() {
        assertThat(token.accepts(null)).isFalse();
        assertThat(token.accepts("")).isFalse();
        assertThat(token.accepts("s3cret-token")).isFalse();
        assertThat(token.accepts("Basic s3cret-token")).isFalse();
        assertThat(token.accepts("Bearer s3cret-toke")).isFalse();
        assertThat(token.accepts("Bearer s3cret-token2")).isFalse();
        assertThat(token.accepts("Bearer ")).isFalse();
    }

    @Test
    void anEmptyTokenIsNotConfiguredAndAcceptsNothing() {
        BearerToken none = new BearerToken(" ");

        assertThat(none.configured()).isFalse();
        assertThat(none.accepts("Bearer ")).isFalse();
        assertThat(none.accepts("Bearer  ")).isFalse();
    }
}
