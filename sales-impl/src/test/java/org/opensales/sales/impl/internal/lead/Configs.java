package org.opensales.sales.impl.internal.lead;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Instances of configuration annotations as DS builds them: each attribute's default unless given. */
final class Configs {

    private Configs() {
    }

    /**
     * @param type   the configuration annotation
     * @param values attribute values by method name, overriding the defaults
     * @param <A>    the annotation type
     * @return the configuration
     */
    static <A> A of(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + values;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> values.containsKey(method.getName()) ? values.get(method.getName())
                            : method.getDefaultValue();
                }));
    }
}
