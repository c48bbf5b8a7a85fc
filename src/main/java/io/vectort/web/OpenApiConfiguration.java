package io.vectort.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.vectort.identity.AuthenticatedUser;
import io.vectort.identity.access.OrgAccess;
import io.vectort.identity.access.PlatformAdminAccess;
import io.vectort.identity.access.PublicAccess;
import io.vectort.identity.access.UserAccess;
import io.vectort.identity.organization.Membership;
import io.vectort.shared.PublicUrl;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/docs/openapi.json}, browsable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // Resolved from the access token, not sent by clients.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedUser.class, Membership.class);
    }

    /**
     * Each operation says what it needs as {@code x-vectort-access} ({@code public}, {@code user},
     * {@code platform-admin} or {@code org:<role>}); org-scoped ones also document the {@code Vectort-Organization} header.
     */
    @Bean
    OperationCustomizer accessExtension() {
        return (operation, handler) -> {
            OrgAccess org = handler.getMethodAnnotation(OrgAccess.class);
            if (org != null) {
                operation.addExtension("x-vectort-access", "org:" + org.value().wireName());
                boolean orgInPath = operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> "org".equals(p.getName()));
                if (!orgInPath) {
                    operation.addParametersItem(new HeaderParameter()
                            .name("Vectort-Organization")
                            .required(false)
                            .description("The organisation to act in (id or slug); the personal one when absent")
                            .schema(new StringSchema()));
                }
            } else if (handler.hasMethodAnnotation(UserAccess.class)) {
                operation.addExtension("x-vectort-access", "user");
            } else if (handler.hasMethodAnnotation(PlatformAdminAccess.class)) {
                operation.addExtension("x-vectort-access", "platform-admin");
            } else if (handler.hasMethodAnnotation(PublicAccess.class)) {
                operation.addExtension("x-vectort-access", "public");
            }
            return operation;
        };
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
