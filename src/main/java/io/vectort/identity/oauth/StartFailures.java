package io.vectort.identity.oauth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Where a start that cannot reach the provider sends the browser (an unknown or unreachable
 * provider, a used link intent): the page it came from, with the reason.
 */
@Component
public class StartFailures {

    private final CallbackPages pages;

    StartFailures(CallbackPages pages) {
        this.pages = pages;
    }

    public String location(HttpServletRequest request) {
        Object code = request.getAttribute(StartRequests.FAILED);
        return pages.startFailed(
                code instanceof String text ? text : "provider-unavailable", request.getParameter("intent") != null);
    }
}
