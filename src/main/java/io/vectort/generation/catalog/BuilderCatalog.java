package io.vectort.generation.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The fixed list of frameworks and application types; requests are validated against it. */
@Component
public class BuilderCatalog {

    public static final Framework HTML = new Framework("html", "HTML, CSS & JavaScript", "javascript", "", "static");
    public static final Framework REACT =
            new Framework("react", "React + Vite", "javascript", "npm install && npm run build", "vite");
    public static final Framework VUE =
            new Framework("vue", "Vue + Vite", "javascript", "npm install && npm run build", "vite");
    public static final Framework EXPRESS =
            new Framework("express", "Node.js + Express (REST API)", "javascript", "npm install && npm test", "none");

    public static final AppType TODO = new AppType("todo", "Todo list", "Tasks to add, complete, filter and delete");
    public static final AppType BLOG = new AppType("blog", "Blog", "Posts with a list, a detail view and an editor");
    public static final AppType LANDING =
            new AppType("landing", "Landing page", "A product page with hero, features, pricing and sign-up");
    public static final AppType DASHBOARD = new AppType(
            "dashboard", "CRUD dashboard", "Records of the app's entities to list, create, edit and delete");

    private static final List<Framework> FRAMEWORKS = List.of(HTML, REACT, VUE, EXPRESS);
    private static final List<AppType> APP_TYPES = List.of(TODO, BLOG, LANDING, DASHBOARD);

    public List<Framework> frameworks() {
        return FRAMEWORKS;
    }

    public List<AppType> appTypes() {
        return APP_TYPES;
    }

    public Optional<Framework> framework(String id) {
        return FRAMEWORKS.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<AppType> appType(String id) {
        return APP_TYPES.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
