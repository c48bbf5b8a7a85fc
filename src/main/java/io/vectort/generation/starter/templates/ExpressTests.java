package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Archetype;
import io.vectort.generation.starter.spec.Entity;
import io.vectort.generation.starter.spec.Field;
import io.vectort.generation.starter.spec.FieldType;
import io.vectort.generation.starter.spec.Naming;
import java.util.Locale;
import java.util.Optional;

/** The generated API tests: node:test against the real app on a free port, no extra packages. */
final class ExpressTests {

    private static final String HEADER = "express/test/header.js";

    private static final String LANDING = "express/test/signups.js";

    private static final String ENTITY = "express/test/entity.js";

    private static final String TYPE_TEST = "express/test/type.js";

    private ExpressTests() {}

    static String render(AppSpec spec) {
        StringBuilder out = new StringBuilder(Template.load(HEADER)
                .with("firstPlural", spec.primary().urlSegment())
                .render());
        if (spec.archetype() == Archetype.LANDING) {
            out.append(Template.load(LANDING)
                    .with("htmlName", Js.str(Html.escape(spec.name())))
                    .render());
        }
        for (Entity entity : spec.entities()) {
            out.append(entityTests(entity));
        }
        return out.toString();
    }

    private static String entityTests(Entity entity) {
        Field title = entity.titleField();
        return Template.load(ENTITY)
                .with("plural", entity.urlSegment())
                .with("article", entity.withArticle())
                .with("valid", Js.row(entity, 0, ""))
                .with("titleKey", title.key())
                .with("titleKeyString", Js.str(title.key()))
                .with("titleLabel", title.label().toLowerCase(Locale.ROOT))
                .with("firstTitle", Js.sample(title, 0))
                .with(
                        "typeTest",
                        typedField(entity).map(f -> typeTest(entity, f)).orElse(""))
                .render();
    }

    /** The first field whose type a plain string cannot satisfy, to test type validation on. */
    private static Optional<Field> typedField(Entity entity) {
        return entity.fields().stream()
                .filter(f -> f.type() != FieldType.TEXT && f.type() != FieldType.LONGTEXT)
                .findFirst();
    }

    private static String typeTest(Entity entity, Field field) {
        String kind = switch (field.type()) {
            case NUMBER -> "a number";
            case MONEY -> "an amount";
            case DATE -> "a date";
            case BOOLEAN -> "true or false";
            case EMAIL -> "an e-mail address";
            case URL -> "a URL";
            case TEXT, LONGTEXT -> "text";
        };
        return Template.load(TYPE_TEST)
                .with("label", Naming.withArticle(field.label().toLowerCase(Locale.ROOT)))
                .with("kind", kind)
                .with("plural", entity.urlSegment())
                .with("key", field.key())
                .with("keyString", Js.str(field.key()))
                .render();
    }
}
