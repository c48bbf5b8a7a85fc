package io.vectort.generation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vectort.generation.catalog.AppType;
import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.generation.catalog.Framework;
import io.vectort.identity.access.PublicAccess;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Builder")
@RestController
class CatalogController {

    private final BuilderCatalog catalog;

    CatalogController(BuilderCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Frameworks and application types a generation may ask for")
    @PublicAccess
    @GetMapping("/api/v1/catalog")
    Catalog catalog() {
        return new Catalog(catalog.frameworks(), catalog.appTypes());
    }

    record Catalog(List<Framework> frameworks, List<AppType> types) {}
}
