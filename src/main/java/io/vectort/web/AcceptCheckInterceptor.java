package io.vectort.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Decides whether the response can honour {@code Accept} before the controller runs. Spring
 * otherwise finds out only when it writes the answer, after the controller has created a project
 * or a key: a request answered 406 must not have changed anything. The producible types are
 * computed as Spring computes them when writing: from the handler's declared {@code produces}, or
 * from the message converters that can write its return type.
 */
class AcceptCheckInterceptor implements HandlerInterceptor {

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
    private final ErrorResponses errors;

    AcceptCheckInterceptor(ObjectProvider<RequestMappingHandlerAdapter> adapter, ErrorResponses errors) {
        this.adapter = adapter;
        this.errors = errors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || ErrorResponses.isGateway(request.getRequestURI())) {
            return true;
        }
        Optional<List<MediaType>> accepted = accepted(request);
        if (accepted.isPresent() && acceptable(accepted.get(), request, method)) {
            return true;
        }
        errors.write(
                response,
                request.getRequestURI(),
                HttpStatus.NOT_ACCEPTABLE,
                "not-acceptable",
                "This endpoint cannot answer in any type the Accept header lists; accept application/json");
        return false;
    }

    /** Empty when the header cannot be parsed: Spring would refuse it when writing, too late. */
    private static Optional<List<MediaType>> accepted(HttpServletRequest request) {
        List<String> headers = Collections.list(request.getHeaders("Accept"));
        if (headers.isEmpty()) {
            return Optional.of(List.of(MediaType.ALL));
        }
        try {
            List<MediaType> types = new ArrayList<>();
            for (String header : headers) {
                types.addAll(MediaType.parseMediaTypes(header));
            }
            return Optional.of(types.isEmpty() ? List.of(MediaType.ALL) : types);
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
    }

    private boolean acceptable(List<MediaType> accepted, HttpServletRequest request, HandlerMethod method) {
        if (accepted.stream().anyMatch(MediaType::isWildcardType)) {
            return true;
        }
        if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null) {
            // The mapping declared what it produces and already matched Accept against it.
            return true;
        }
        Optional<Class<?>> body = bodyType(method);
        if (body.isEmpty()) {
            return true;
        }
        List<MediaType> producible = producible(body.get());
        return producible.isEmpty()
                || accepted.stream().anyMatch(type -> producible.stream().anyMatch(type::isCompatibleWith));
    }

    /** The type of the body the handler returns; empty when it writes the response itself or none. */
    private static Optional<Class<?>> bodyType(HandlerMethod method) {
        ResolvableType type = ResolvableType.forMethodParameter(method.getReturnType());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> body = type.toClass();
        if (body == void.class || body == Void.class || body == Object.class) {
            return Optional.empty();
        }
        return Optional.of(body);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<MediaType> producible(Class<?> body) {
        List<MediaType> types = new ArrayList<>();
        for (HttpMessageConverter converter : adapter.getObject().getMessageConverters()) {
            if (converter.canWrite(body, null)) {
                types.addAll(converter.getSupportedMediaTypes(body));
            }
        }
        return types;
    }
}
