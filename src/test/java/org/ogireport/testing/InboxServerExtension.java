package org.ogireport.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One shared inbox for a test class: {@code @RegisterExtension static final InboxServerExtension INBOX = new
 * InboxServerExtension(n)} starts it before the class's {@code @BeforeAll} methods (or skips the class, see
 * {@link PostgresCluster#start}) and stops it after the class.
 */
public final class InboxServerExtension implements BeforeAllCallback, AfterAllCallback {

    private final int maxConnections;
    private InboxServer server;

    public InboxServerExtension(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public InboxServer server() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = InboxServer.start(maxConnections);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
