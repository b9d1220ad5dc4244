package org.opensales.embeddeddb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmbeddedDbSettingsTest {

    @Test
    void defaultsPointAtTheCrmDataSource() {
        EmbeddedDbSettings settings = EmbeddedDbSettings.from(new String[0], new Properties());

        assertThat(settings.port()).isEqualTo(13306);
        assertThat(settings.database()).isEqualTo("crm");
        assertThat(settings.dataDir()).isEqualTo(Path.of("data-db/data").toAbsolutePath());
        assertThat(settings.baseDir()).isEqualTo(Path.of("data-db/base").toAbsolutePath());
    }

    @Test
    void argumentsWinOverSystemProperties() {
        Properties properties = new Properties();
        properties.setProperty("embeddeddb.port", "3307");
        properties.setProperty("embeddeddb.dataDir", "/srv/db");

        EmbeddedDbSettings settings = EmbeddedDbSettings.from(new String[] {"--port=3308"}, properties);

        assertThat(settings.port()).isEqualTo(3308);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/db"));
    }

    @Test
    void rejectsUnknownOptionsAndBadValues() {
        assertThatThrownBy(() -> EmbeddedDbSettings.from(new String[] {"--prot=1"}, new Properties()))
                .hasMessageContaining("unknown option --prot");
        assertThatThrownBy(() -> EmbeddedDbSettings.from(new String[] {"--port=x"}, new Properties()))
                .hasMessageContaining("port must be a number");
        assertThatThrownBy(() -> EmbeddedDbSettings.from(new String[] {"--database=a;b"}, new Properties()))
                .hasMessageContaining("database must be");
    }
}
