/**
 * The LLM provider SPI: Vectort's neutral chat and embedding types, one sub-package per vendor
 * (an I/O class speaking the vendor's wire protocol and a pure mapper), error classification, the
 * deployment configuration, the router with fallback, retries and circuit breakers, and the model
 * catalog with prices. Vendor wire types never leave their sub-package.
 */
@NullMarked
package io.vectort.providers;

import org.jspecify.annotations.NullMarked;
