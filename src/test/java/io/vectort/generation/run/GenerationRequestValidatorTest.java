package io.vectort.generation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.vectort.generation.catalog.BuilderCatalog;
import io.vectort.shared.FieldViolation;
import io.vectort.shared.InvalidRequestException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenerationRequestValidatorTest {

    private final GenerationRequestValidator validator =
            new GenerationRequestValidator(new BuilderCatalog(), StubGenerator.properties("auto", 40));

    @Test
    void aValidRequestComesBackTrimmedWithAutoAsNoChoice() {
        GenerationRequest request = validator.validate("  A recipe book \n", " react ", "auto", "  ", true);

        assertThat(request)
                .isEqualTo(new GenerationRequest(
                        "A recipe book", Optional.of("react"), Optional.empty(), Optional.empty(), true));
        assertThat(validator.validate("A blog", "html", null, "gpt-test", false).chosenType())
                .isEmpty();
        assertThat(validator.validate("A blog", "html", " blog", null, false).chosenType())
                .contains("blog");
    }

    @Test
    void aFrameworkOfAutoOrNoneIsNoChoice() {
        assertThat(validator.validate("A blog", "auto", "blog", null, false).chosenFramework())
                .isEmpty();
        assertThat(validator.validate("A blog", null, null, null, false).chosenFramework())
                .isEmpty();
        assertThat(validator.validate("A blog", " ", null, null, false).chosenFramework())
                .isEmpty();
        assertThat(validator.validate("A blog", " vue ", null, null, false).chosenFramework())
                .contains("vue");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        InvalidRequestException invalid = catchThrowableOfType(
                InvalidRequestException.class,
                () -> validator.validate("x".repeat(41), "cobol", "spreadsheet", "m\u0000", false));

        assertThat(invalid.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(
                        tuple("description", "too-long"),
                        tuple("framework", "unknown"),
                        tuple("type", "unknown"),
                        tuple("model", "invalid"));
    }

    @Test
    void aMissingDescriptionIsRequired() {
        InvalidRequestException invalid = catchThrowableOfType(
                InvalidRequestException.class, () -> validator.validate(" ", null, null, null, false));

        assertThat(invalid.violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("description", "required"));
    }
}
