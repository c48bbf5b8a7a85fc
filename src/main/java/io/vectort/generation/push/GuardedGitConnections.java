package io.vectort.generation.push;

import io.vectort.shared.net.OutboundPolicy;
import java.io.IOException;
import java.net.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.concurrent.Callable;
import org.eclipse.jgit.transport.HttpTransport;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;
import org.eclipse.jgit.transport.http.JDKHttpConnectionFactory;

/**
 * JGit's HTTP connections, each checked against the outbound policy bound to the current thread
 * just before it opens: the first request, every later one of the same push, and every redirect
 * JGit follows (it follows them itself, through this factory). No policy bound, no connection: JGit
 * never reaches the network from a thread that did not ask for it through {@link #run}. Proxies are
 * not used, so the connection goes to the host that was checked.
 *
 * <p>The factory is JGit's one global; installing it twice wraps nothing twice. What remains is the
 * window between the check and the JDK's own name resolution (DNS rebinding within milliseconds).
 */
final class GuardedGitConnections implements HttpConnectionFactory2 {

    private static final ThreadLocal<OutboundPolicy> POLICY = new ThreadLocal<>();

    private final HttpConnectionFactory2 delegate = new JDKHttpConnectionFactory();

    private GuardedGitConnections() {}

    static synchronized void install() {
        HttpConnectionFactory current = HttpTransport.getConnectionFactory();
        if (!(current instanceof GuardedGitConnections)) {
            HttpTransport.setConnectionFactory(new GuardedGitConnections());
        }
    }

    /** Runs {@code work} with {@code policy} deciding every Git connection it opens on this thread. */
    static <T> T run(OutboundPolicy policy, Callable<T> work) throws Exception {
        OutboundPolicy previous = POLICY.get();
        POLICY.set(policy);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                POLICY.remove();
            } else {
                POLICY.set(previous);
            }
        }
    }

    @Override
    public HttpConnection create(URL url) throws IOException {
        return create(url, Proxy.NO_PROXY);
    }

    @Override
    public HttpConnection create(URL url, Proxy proxy) throws IOException {
        OutboundPolicy policy = POLICY.get();
        if (policy == null) {
            throw new IOException("Git connections are made only by Vectort's push job");
        }
        try {
            policy.check(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Not a URL Vectort connects to", e);
        }
        return delegate.create(url, Proxy.NO_PROXY);
    }

    @Override
    public GitSession newSession() {
        return delegate.newSession();
    }
}
