package org.opensales.sales.ui.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.ui.CheckBoxGroup;
import com.vaadin.ui.Component;
import com.vaadin.ui.ItemCaptionGenerator;
import com.vaadin.ui.PopupView;
import com.vaadin.ui.VerticalLayout;

/**
 * A compact multiple choice: a caption that opens a list of check boxes, which stays open while the
 * user ticks and unticks. Reports every change but those made through {@link #value(Set)}.
 *
 * @param <T> the type of the options
 */
final class ChoicePopup<T> extends PopupView {

    private final CheckBoxGroup<T> boxes = new CheckBoxGroup<>();
    private boolean showing;

    ChoicePopup(String id, Collection<T> options, ItemCaptionGenerator<T> itemCaption,
                Function<Set<T>, String> caption, Consumer<Set<T>> onChange) {
        setId(id);
        setHideOnMouseOut(false);
        boxes.setId(id + "-options");
        boxes.setItems(options);
        boxes.setItemCaptionGenerator(itemCaption);
        VerticalLayout popup = new VerticalLayout(boxes);
        setContent(new Content() {
            @Override
            public String getMinimizedValueAsHTML() {
                return escape(caption.apply(boxes.getValue())) + " \u25be";
            }

            @Override
            public Component getPopupComponent() {
                return popup;
            }
        });
        boxes.addValueChangeListener(event -> {
            markAsDirty();
            if (!showing) {
                onChange.accept(value());
            }
        });
    }

    /** @return the ticked options, in the order offered */
    Set<T> value() {
        return new LinkedHashSet<>(boxes.getValue());
    }

    /** Ticks exactly these options, without reporting a change. */
    void value(Set<T> ticked) {
        showing = true;
        try {
            boxes.setValue(ticked);
        } finally {
            showing = false;
        }
        markAsDirty();
    }

    CheckBoxGroup<T> boxes() {
        return boxes;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
