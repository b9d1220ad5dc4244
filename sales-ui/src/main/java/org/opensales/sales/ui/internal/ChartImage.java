package org.opensales.sales.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.server.StreamResource;
import com.vaadin.ui.Image;

/** Shows a server-rendered SVG chart as an image, so the browser never treats its text as markup. */
final class ChartImage extends Image {

    private final String name;
    private int version;
    private String svg = "";

    /** @param id the component id, also the base of the file name */
    ChartImage(String id) {
        this.name = id;
        setId(id);
    }

    /**
     * Shows a chart.
     *
     * @param title the chart's title, used as the image's alternative text
     * @param document the SVG document
     */
    void show(String title, String document) {
        svg = document;
        StreamResource resource = new StreamResource(
                () -> new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                name + "-" + ++version + ".svg");
        resource.setMIMEType("image/svg+xml");
        resource.setCacheTime(0);
        setAlternateText(title);
        setSource(resource);
    }

    /** @return the SVG document shown */
    String svg() {
        return svg;
    }
}
