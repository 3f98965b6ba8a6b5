package dev.vitae.support;

import java.util.Locale;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Compares profile links the way the accuracy scorer does: a résumé may print
 * {@code linkedin.com/in/x} where its label says {@code https://www.linkedin.com/in/x}, and
 * both name the same page. Scheme, {@code www.}, case and a trailing slash are ignored; nothing else.
 */
public final class SameUrl extends TypeSafeMatcher<String> {

    private final String expected;

    private SameUrl(String expected) {
        this.expected = expected;
    }

    public static Matcher<String> sameUrl(String expected) {
        return new SameUrl(expected);
    }

    /** The comparable form of an address, or null. */
    public static String key(String url) {
        return url == null ? null
                : url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/$", "");
    }

    @Override
    protected boolean matchesSafely(String actual) {
        return key(expected).equals(key(actual));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("the same address as ").appendValue(expected);
    }
}
