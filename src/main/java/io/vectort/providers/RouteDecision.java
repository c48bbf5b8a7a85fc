package io.vectort.providers;

import java.util.List;

/**
 * Why a call went where it went.
 *
 * @param requested what the caller asked for ({@code auto} for automatic routing)
 * @param resolved the alias or model the request resolved to
 * @param candidates the deployments in the order they would be tried
 * @param reason a sentence for people, e.g. "auto: complex prompt (mentions authentication, 2,400 tokens)"
 */
public record RouteDecision(String requested, String resolved, List<String> candidates, String reason) {

    public RouteDecision {
        candidates = List.copyOf(candidates);
    }
}
