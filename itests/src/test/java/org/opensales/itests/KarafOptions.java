package org.opensales.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;

/**
 * The Karaf every Pax Exam test boots: the stock 4.4.10 distribution with our features, on ports
 * away from the defaults so that a running demo does not collide, against the test MariaDB.
 */
final class KarafOptions {

    static final int HTTP_PORT = 8185;

    private KarafOptions() {
    }

    /**
     * The options for a Karaf with the given features of our features repository installed.
     *
     * @param featureNames the features to install
     * @return the Pax Exam options
     */
    static Option[] withFeatures(String... featureNames) {
        String karafVersion = System.getProperty("karaf.version", "4.4.10");
        MavenArtifactUrlReference karaf = maven().groupId("org.apache.karaf").artifactId("apache-karaf")
                .version(karafVersion).type("tar.gz");
        MavenArtifactUrlReference ours = maven().groupId("org.opensales").artifactId("features")
                .versionAsInProject().classifier("features").type("xml");
        String localRepo = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(karaf).karafVersion(karafVersion)
                    .unpackDirectory(new File(System.getProperty("build.dir", "target"), "exam"))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                    "file:" + localRepo + "@id=local@snapshots"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "8105"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "1105"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44405"),
            editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "osgi.jdbc.driver.name", "mariadb"),
            editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "dataSourceName", "crm"),
            editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "url", TestMariaDb.jdbcUrl()),
            editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "user", "root"),
            editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "password", ""),
            editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "pool", "hikari"),
            editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "xa", "false"),
            editConfigurationFilePut("etc/org.opensales.host.shell.cfg", "demo", "true"),
            features(ours, featureNames),
            mavenBundle("net.bytebuddy", "byte-buddy").versionAsInProject(),
            mavenBundle("org.assertj", "assertj-core").versionAsInProject(),
            systemProperty("pax.exam.service.timeout").value("60000"),
            java9PlusModuleFlags(karafVersion),
        };
    }

    /** The module flags bin/karaf passes on Java 9+; without them the log fills with OsgiLocator errors. */
    private static Option java9PlusModuleFlags(String karafVersion) {
        return vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*");
    }
}
