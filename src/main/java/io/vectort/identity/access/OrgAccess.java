package io.vectort.identity.access;

import io.vectort.identity.organization.Role;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation acts in an organisation (the {@code Vectort-Organization} header, an {@code {org}}
 * path segment, or the caller's personal one) and needs at least this role there. A caller who is
 * not a member gets 404; a member without the role gets 403.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrgAccess {
    Role value();
}
