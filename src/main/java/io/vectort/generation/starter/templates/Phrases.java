package io.vectort.generation.starter.templates;

import io.vectort.generation.starter.spec.AppSpec;
import io.vectort.generation.starter.spec.Entity;

/** Nouns as the app's phrases put them, where the phrasebook decides the form. */
final class Phrases {

    private Phrases() {}

    /**
     * The noun as the object of "Add", "Edit": English adds its article ("Add a part"), the other
     * languages keep the bare noun after a colon ("Ajouter : pièce"), so no gender is guessed.
     */
    static String object(AppSpec spec, Entity entity) {
        return spec.words().phrase("objectNoun", entity);
    }
}
