package org.opensales.itests;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the test MariaDB when the test run ends. Waiting for its shutdown hook is not enough: the
 * build ends the test JVM a few seconds after the tests, which would leave the server running.
 */
public final class TestMariaDbShutdown implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestMariaDb.stop();
    }
}
