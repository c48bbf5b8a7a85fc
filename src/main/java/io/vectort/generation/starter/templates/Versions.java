package io.vectort.generation.starter.templates;

/**
 * npm version ranges of generated projects, in one place. Chosen so that {@code npm install}
 * works on Node 20.19+: Vite 8 and its plugins require {@code ^20.19.0 || >=22.12.0}; React,
 * Vue and Express have no tighter engine constraint.
 */
final class Versions {

    static final String REACT = "^19.2.0";
    static final String VUE = "^3.5.0";
    static final String VITE = "^8.3.0";
    static final String PLUGIN_REACT = "^6.3.0";
    static final String PLUGIN_VUE = "^6.0.0";
    static final String EXPRESS = "^5.1.0";
    static final String NODE_FOR_VITE = ">=20.19";
    static final String NODE_FOR_EXPRESS = ">=20";

    private Versions() {}
}
