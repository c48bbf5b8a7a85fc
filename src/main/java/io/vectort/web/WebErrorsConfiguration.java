package io.vectort.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** Registers the checks Spring MVC runs between choosing a handler and calling it. */
@Configuration(proxyBeanMethods = false)
class WebErrorsConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
    private final ErrorResponses errors;

    WebErrorsConfiguration(ObjectProvider<RequestMappingHandlerAdapter> adapter, ErrorResponses errors) {
        this.adapter = adapter;
        this.errors = errors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // First: a request whose Accept nothing can satisfy is refused before access checks answer.
        registry.addInterceptor(new AcceptCheckInterceptor(adapter, errors)).order(Ordered.HIGHEST_PRECEDENCE);
    }
}
