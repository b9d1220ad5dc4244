package org.opensales.sales.ui.internal;

/** The texts of the Sales view, in English and Dutch. Patterns use {@link String#format} placeholders. */
enum Text {
    MENU("Sales", "Verkoop"),
    FILTER_TEXT("Search titles", "Zoek in titels"),
    FILTER_PHASE("All phases", "Alle fasen"),
    FILTER_SALESPERSON("All salespeople", "Alle verkopers"),
    FILTER_CLEAR("Clear filter", "Filter wissen"),
    REPORT_GENERAL("General information", "Algemene informatie"),
    REPORT_COUNT("Count", "Aantal"),
    REPORT_WEIGHTED("Weighted amount", "Gewogen bedrag"),
    TOTAL("Total", "Totaal"),
    COLUMN_TITLE("Title", "Titel"),
    COLUMN_CONTACT("Contact", "Relatie"),
    COLUMN_PHASE("Phase", "Fase"),
    COLUMN_PROBABILITY("Probability (%)", "Verwachte score (%)"),
    COLUMN_AMOUNT("Amount", "Bedrag"),
    COLUMN_CURRENCY("Currency", "Valuta"),
    COLUMN_CLOSE_DATE("Expected close", "Verwachte afsluiting"),
    COLUMN_SOURCE("Source", "Bron"),
    FOOTER_ONE("1 item \u00b7 total %2$s \u00b7 weighted %3$s", "1 item \u00b7 totaal %2$s \u00b7 gewogen %3$s"),
    FOOTER_MANY("%1$s items \u00b7 total %2$s \u00b7 weighted %3$s", "%1$s items \u00b7 totaal %2$s \u00b7 gewogen %3$s"),
    SHOW_ITEMS("Show items", "Toon items"),
    HIDE_ITEMS("Hide items", "Verberg items"),
    NO_ITEMS("No sales items match the filter.", "Geen verkoopitems voor dit filter."),
    CONFLICT("Someone else changed this item; it has been reloaded",
            "Iemand anders heeft dit item gewijzigd; het is opnieuw geladen"),
    NOT_AN_AMOUNT("Enter an amount such as %s", "Voer een bedrag in zoals %s"),
    NEGATIVE_AMOUNT("The amount cannot be negative", "Het bedrag kan niet negatief zijn"),
    TITLE_REQUIRED("Enter a title", "Vul een titel in"),
    TITLE_TOO_LONG("Use at most 200 characters", "Gebruik hoogstens 200 tekens"),
    PROBABILITY_RANGE("Enter a whole number from 0 to 100", "Voer een geheel getal van 0 tot 100 in"),
    PHASE_PROSPECT("Prospect", "Prospect"),
    PHASE_QUOTE("Quote", "Offerte"),
    PHASE_ORDER("Order", "Opdracht"),
    PHASE_INVOICE("Invoice", "Factuur"),
    PHASE_LOST("Lost", "Verloren");

    private final String english;
    private final String dutch;

    Text(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    String in(boolean dutchWanted) {
        return dutchWanted ? dutch : english;
    }
}
