package dev.vitae.resume;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an import saw in a file, so that its owner knows what to check: the format, the number
 * of pages, the layout it detected, the sections it found and warnings about what it could not
 * read. Kept with the profile the import filled, until the next import.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(name = "ImportReport", description = "What the last résumé import saw in the file")
public record ImportReport(
        @Schema(required = true, description = "The file's format as judged from its bytes", enumeration = { "pdf", "docx", "txt", "md", "rtf" })
        String format,
        @Schema(description = "Pages, for formats that have them (PDF; DOCX when the file says); absent otherwise")
        Integer pages,
        @Schema(required = true, description = "The layout the parser read: one_column, two_column (a sidebar), table (a layout table), plain_text",
                enumeration = { "one_column", "two_column", "table", "plain_text" })
        String layout,
        @Schema(required = true, description = "The sections found, in the order they first appear: contact, summary, work, education, "
                + "skills, links, other")
        List<String> sections,
        @Schema(required = true, description = "Sentences about what could not be read or may be wrong, e.g. \"no work history found\"")
        List<String> warnings) {

    /** Layouts, as the report names them. */
    public static final String ONE_COLUMN = "one_column";
    public static final String TWO_COLUMN = "two_column";
    public static final String TABLE = "table";
    public static final String PLAIN_TEXT = "plain_text";
}
