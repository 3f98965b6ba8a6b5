package dev.vitae.common.validation;

import jakarta.validation.groups.Default;

/** Validation group of a create request: every default rule plus what only creation requires. */
public interface OnCreate extends Default {
}
