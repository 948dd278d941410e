package io.mamori.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Hashtags and mentions in a post's text, found the way X finds them (simplified): {@code #}
 * then letters, digits, marks or '_' containing at least one non-digit; {@code @} then 1–15 of
 * {@code [A-Za-z0-9_]}; neither right after a letter or digit. Generated texts put a space or
 * punctuation after every tag, so these rules find exactly what the templates wrote; inputs that
 * carry no entities (the toolkit CSV) get theirs from the text this way. Stateless.
 */
public final class PostEntities {
    private static final int MAX_USERNAME = 15;

    private PostEntities() {
    }

    /** The hashtags of {@code text}, without the {@code #}, in order of appearance. */
    public static List<String> hashtags(String text) {
        List<String> tags = new ArrayList<>(2);
        int i = text.indexOf('#');
        while (i >= 0) {
            int end = i + 1;
            boolean nonDigit = false;
            if (startsToken(text, i)) {
                while (end < text.length()) {
                    int cp = text.codePointAt(end);
                    if (!isTagChar(cp)) {
                        break;
                    }
                    nonDigit |= !Character.isDigit(cp);
                    end += Character.charCount(cp);
                }
                if (nonDigit) {
                    tags.add(text.substring(i + 1, end));
                }
            }
            i = text.indexOf('#', Math.max(end, i + 1));
        }
        return tags;
    }

    /** The mentioned usernames of {@code text}, without the {@code @}, in order of appearance. */
    public static List<String> mentions(String text) {
        List<String> names = new ArrayList<>(1);
        int i = text.indexOf('@');
        while (i >= 0) {
            int end = i + 1;
            if (startsToken(text, i)) {
                while (end < text.length() && end - i - 1 < MAX_USERNAME && isUsernameChar(text.charAt(end))) {
                    end++;
                }
                if (end > i + 1) {
                    names.add(text.substring(i + 1, end));
                }
            }
            i = text.indexOf('@', Math.max(end, i + 1));
        }
        return names;
    }

    private static boolean startsToken(String text, int i) {
        if (i == 0) {
            return true;
        }
        int before = text.codePointBefore(i);
        return !Character.isLetterOrDigit(before) && before != '_';
    }

    private static boolean isTagChar(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isUsernameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
