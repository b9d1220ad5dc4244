package org.opensales.bench.ui;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.server.WrappedSession;

/**
 * The request a browser sends to start a UI: the page's address (with the view's fragment), the
 * window size, an English locale and a desktop browser's user agent. Anything else answers empty.
 */
final class BenchRequest {

    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/120.0 Safari/537.36";

    private BenchRequest() {
    }

    /**
     * @param service  the service the request reaches
     * @param session  the HTTP session it belongs to
     * @param location the page's address, such as {@code http://localhost:8181/crm/#!sales}
     * @return the request
     */
    static VaadinRequest of(VaadinService service, WrappedSession session, String location) {
        Map<String, String> parameters = Map.of("v-loc", location, "v-wn", "sales-bench", "v-cw", "1600",
                "v-ch", "900", "v-sw", "1920", "v-sh", "1080", "v-tzo", "0", "v-rtzo", "0", "v-dstd", "0",
                "v-curdate", String.valueOf(System.currentTimeMillis()));
        Map<String, Object> attributes = new HashMap<>();
        return (VaadinRequest) Proxy.newProxyInstance(BenchRequest.class.getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getParameterMap" -> toArrays(parameters);
                    case "getWrappedSession" -> session;
                    case "getService" -> service;
                    case "getLocale" -> Locale.ENGLISH;
                    case "getLocales" -> Collections.enumeration(java.util.List.of(Locale.ENGLISH));
                    case "getHeader" -> "User-Agent".equalsIgnoreCase((String) args[0]) ? USER_AGENT : null;
                    case "getHeaderNames", "getHeaders", "getAttributeNames" -> Collections.emptyEnumeration();
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "getMethod" -> "POST";
                    case "getContextPath" -> "";
                    case "getPathInfo" -> "/";
                    case "getRemoteAddr", "getRemoteHost" -> "127.0.0.1";
                    case "getCharacterEncoding" -> "UTF-8";
                    case "getContentLength", "getRemotePort" -> 0;
                    case "getDateHeader" -> -1L;
                    case "isSecure", "isUserInRole" -> false;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "BenchRequest " + location;
                    default -> null;
                });
    }

    private static Map<String, String[]> toArrays(Map<String, String> parameters) {
        Map<String, String[]> arrays = new HashMap<>();
        parameters.forEach((name, value) -> arrays.put(name, new String[] {value}));
        return arrays;
    }
}
