package dev.vitae.common;

import java.util.Locale;

import com.fasterxml.jackson.databind.EnumNamingStrategy;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every API enum is written in lower snake_case: the constant {@code PREFER_NOT_TO_SAY} is
 * {@code "prefer_not_to_say"}. Used with {@code @EnumNaming}; instantiated by Jackson and by the
 * OpenAPI scanner, hence the public constructor and the reflection registration.
 */
@RegisterForReflection
public class LowerCaseEnums implements EnumNamingStrategy {

    public static String json(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String convertEnumToExternalName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
