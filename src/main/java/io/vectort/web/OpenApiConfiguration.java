package io.vectort.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.shared.PublicUrl;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/docs/openapi.json}, browsable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // Resolved from the access token, not sent by clients.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedUser.class);
    }

    /**
     * The server is the public URL, or the document's own origin ({@code /}): springdoc would
     * otherwise write the request's Host header into it.
     */
    @Bean
    OpenAPI vectortOpenApi(PublicUrl publicUrl) {
        return new OpenAPI()
                .servers(List.of(new Server().url(publicUrl.base().orElse("/"))))
                .info(new Info()
                        .title("Vectort API")
                        .version("v1")
                        .description("Builder, accounts and operations endpoints of Vectort. Errors are"
                                + " application/problem+json (RFC 9457)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
