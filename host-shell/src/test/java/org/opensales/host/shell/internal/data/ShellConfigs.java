package org.opensales.host.shell.internal.data;

import java.lang.annotation.Annotation;

import org.opensales.host.shell.internal.ShellConfig;

/** Shell configurations for tests, as the configuration admin would hand them to a component. */
final class ShellConfigs {

    private ShellConfigs() {
    }

    static ShellConfig demo(boolean demo) {
        return new ShellConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ShellConfig.class;
            }

            @Override
            public String dataSource_target() {
                return "(dataSourceName=crm)";
            }

            @Override
            public boolean demo() {
                return demo;
            }

            @Override
            public String jaasRealm() {
                return "karaf";
            }
        };
    }
}
