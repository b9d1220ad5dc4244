package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.data.Result;
import com.vaadin.data.ValueContext;
import com.vaadin.data.converter.StringToBigDecimalConverter;

/**
 * Converts the amount typed in the editor, read in the UI's locale, to a value with two decimals;
 * shows amounts with two decimals so that opening the editor changes nothing.
 */
final class AmountConverter extends StringToBigDecimalConverter {

    private static final long serialVersionUID = 1L;

    AmountConverter(String errorMessage) {
        super(errorMessage);
    }

    @Override
    protected NumberFormat getFormat(Locale locale) {
        NumberFormat format = super.getFormat(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format;
    }

    @Override
    public Result<BigDecimal> convertToModel(String value, ValueContext context) {
        return super.convertToModel(value, context)
                .map(amount -> amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP));
    }
}
