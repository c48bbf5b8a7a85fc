package io.vectort.identity.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation is for the platform's administrators (the admin console, SMS spend, recovery
 * links). Anyone else is told there is no such route (404), so the console's existence is not
 * given away; checked before the controller runs, like the other access declarations.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlatformAdminAccess {}
