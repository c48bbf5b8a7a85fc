package io.vectort.identity.web;

import io.vectort.identity.organization.Membership;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands {@link AccessInterceptor}'s checked {@link Membership} to controllers that declare it. */
@Component
class MembershipResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Membership.class);
    }

    @Override
    public Membership resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        if (webRequest.getAttribute(AccessInterceptor.MEMBERSHIP_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof Membership membership) {
            return membership;
        }
        throw new IllegalStateException(parameter.getExecutable() + " takes a Membership but is not @OrgAccess");
    }
}
