package dev.vitae.common.validation;

import jakarta.inject.Singleton;
import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;

import dev.vitae.common.Patch;

/**
 * Hands a {@link Patch}'s value to Bean Validation, so constraints and {@code @Valid} written on
 * its type argument ({@code Patch<@Valid Contact>}) apply when a value was sent. An absent or
 * {@code null} patch has nothing to check here; {@link NotCleared} and {@link Required} judge those.
 */
@Singleton
public class PatchValueExtractor implements ValueExtractor<Patch<@ExtractedValue ?>> {

    @Override
    public void extractValues(Patch<?> originalValue, ValueReceiver receiver) {
        if (originalValue.hasValue()) {
            receiver.value(null, originalValue.value());
        }
    }
}
