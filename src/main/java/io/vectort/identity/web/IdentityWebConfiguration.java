package io.vectort.identity.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final AuthenticatedUserResolver userResolver;
    private final MembershipResolver membershipResolver;
    private final AccessInterceptor orgAccess;

    IdentityWebConfiguration(
            AuthenticatedUserResolver userResolver,
            MembershipResolver membershipResolver,
            AccessInterceptor orgAccess) {
        this.userResolver = userResolver;
        this.membershipResolver = membershipResolver;
        this.orgAccess = orgAccess;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(userResolver);
        resolvers.add(membershipResolver);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // After the web module's Accept check (order 0): a refusal here is answered as problem+json,
        // which a request that accepts nothing of the kind could not be sent.
        registry.addInterceptor(orgAccess).addPathPatterns("/api/**").order(1);
    }
}
