package io.vectort.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors decided before any controller runs answer in the API's formats too: Tomcat's own (through
 * {@link JsonErrorReportValve}) and Spring Security's firewall (a rejected, suspicious URL).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

    @Bean
    ErrorResponses errorResponses(JsonMapper json) {
        return new ErrorResponses(json);
    }

    /**
     * Replaces the {@link ErrorReportValve} that Spring Boot adds to the host. It runs last so that
     * Boot's own valve is already there to be removed; the host keeps ours because its class is the
     * configured error report valve class.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReportValve(ErrorResponses errors) {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    Host host = (Host) context.getParent();
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    JsonErrorReportValve valve = new JsonErrorReportValve(errors);
                    if (host instanceof StandardHost standard) {
                        standard.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                    }
                    host.getPipeline().addValve(valve);
                });
            }
        };
    }

    /** The firewall refuses URLs with encoded slashes, NUL, path traversal and the like: a 400. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ErrorResponses errors) {
        return (request, response, rejected) -> errors.write(
                response,
                request.getRequestURI(),
                HttpStatus.BAD_REQUEST,
                "rejected-url",
                "The request URL contains characters or sequences that are not allowed (encoded slashes,"
                        + " NUL, path traversal)");
    }
}
