package io.vectort.identity.web;

import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PlatformAdminAccess;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.access.UserAccess;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start when a Vectort {@code /api} operation does not declare what it needs: an
 * operation nobody thought about must not be reachable by default.
 */
@Component
class AccessDeclarations implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mapping;

    AccessDeclarations(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> undeclared = mapping.getHandlerMethods().entrySet().stream()
                .filter(entry -> isVectortApi(entry.getKey(), entry.getValue()))
                .filter(entry -> declarations(entry.getValue()) != 1)
                .map(entry -> entry.getValue().toString())
                .sorted()
                .toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("Every /api operation must carry exactly one of @PublicAccess, @UserAccess,"
                    + " @OrgAccess or @PlatformAdminAccess; these do not: " + undeclared);
        }
    }

    private static boolean isVectortApi(RequestMappingInfo info, HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("io.vectort")
                && info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
    }

    private static long declarations(HandlerMethod method) {
        return Stream.of(OrgAccess.class, UserAccess.class, PublicAccess.class, PlatformAdminAccess.class)
                .filter(method::hasMethodAnnotation)
                .count();
    }
}
