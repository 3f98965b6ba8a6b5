package dev.vitae.resume;

/**
 * The file cannot be read as a résumé. The message is shown to the user as the profile's
 * {@code import_error}, so it says what is wrong with the file in plain words.
 */
public class ResumeParseException extends Exception {

    public ResumeParseException(String message) {
        super(message);
    }

    public ResumeParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
