package io.vectort.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This node's name among the nodes sharing the database: host, pid and a random part, since
 * several nodes may share a host (or a JVM, in the tests) and a restarted one must not pass for
 * its predecessor. One value per node, so the job table's {@code picked_by}, the console's node
 * list and the credit leases all name a node the same way (one bean per application context:
 * {@code JobsConfiguration}).
 */
public final class NodeName {

    private final String value;

    private NodeName(String value) {
        this.value = value;
    }

    /** A new name for this node. */
    public static NodeName generate() {
        return new NodeName(compute());
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String compute() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
