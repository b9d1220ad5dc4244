package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;

/**
 * How a word of the text finds items: a word of three or more letters and digits is the start of a
 * word in the title or description (through the full-text index); a shorter word, or one with other
 * characters, occurs anywhere. Every word must match.
 */
class TextSearchTest extends SalesTestSupport {

    @BeforeEach
    void createItems() {
        service.create(new NewItemDraft().title("Server rack").description("Rack-mount servers, installed").build());
        service.create(new NewItemDraft().title("Questions about pricing").description("We will call back").build());
        service.create(new NewItemDraft().title("Observer deck").build());
    }

    @Test
    void aWordOfThreeOrMoreFindsWordsThatStartWithIt() {
        assertThat(titles("serv")).containsExactly("Server rack");
        assertThat(titles("SERVERS")).containsExactly("Server rack");
        assertThat(titles("install rack")).containsExactly("Server rack");
        assertThat(titles("erver")).as("inside a word: not a match").isEmpty();
        assertThat(service.count(SalesFilter.builder().text("serv").build())).isEqualTo(1);
    }

    @Test
    void commonWordsAreFoundToo() {
        assertThat(titles("about")).containsExactly("Questions about pricing");
        assertThat(titles("will")).containsExactly("Questions about pricing");
    }

    @Test
    void shortWordsAndWordsWithOtherCharactersMatchAnywhere() {
        assertThat(titles("bs")).containsExactly("Observer deck");
        assertThat(titles("k-mount")).containsExactly("Server rack");
        assertThat(titles("servers,")).containsExactly("Server rack");
    }

    @Test
    void searchOperatorsAreTakenLiterally() {
        assertThat(titles("serv*")).isEmpty();
        assertThat(titles("-server")).isEmpty();
        assertThat(titles("\"server rack\"")).isEmpty();
        assertThat(titles("+(server)")).isEmpty();
    }

    private List<String> titles(String text) {
        return service.find(SalesFilter.builder().text(text).build(), List.of(), 0, 100).stream()
                .map(SalesItem::title).toList();
    }
}
