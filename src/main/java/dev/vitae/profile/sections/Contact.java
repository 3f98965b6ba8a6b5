package dev.vitae.profile.sections;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import dev.vitae.common.validation.RealDate;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Who the applicant is and how to reach them. First and last name and email are required. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Contact(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String preferredName,
        @NotBlank @Email(message = "must be an email address") @Size(max = 254) String email,
        @Size(max = 50) @Pattern(regexp = PHONE, message = "must be a phone number (digits, spaces, + ( ) - . and an optional extension)") String phone,
        @Schema(format = "date") @RealDate String dateOfBirth) {

    static final String PHONE = "^\\+?[0-9 ()./\\-]{3,40}(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?$";

    public static Contact empty() {
        return new Contact(null, null, null, null, null, null);
    }
}
