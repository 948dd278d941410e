package io.mamori.core.scenario;

/**
 * X's link wrapper: a post's text shows every link as a {@code https://t.co/...} address, while
 * the expanded URL is in the post's entities (and in {@code Post.urls}). The code here is a hash
 * of the expanded URL, so the same link always gets the same wrapper and identical shares stay
 * identical texts, as they do on X.
 */
final class ShortLinks {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int CODE_LENGTH = 10;

    private ShortLinks() {
    }

    static String tco(String url) {
        long h = mix(fnv1a(url));
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = BASE62.charAt((int) Long.remainderUnsigned(h, 62));
            h = Long.divideUnsigned(h, 62);
            if (h == 0) {
                h = mix(h + i + 1);
            }
        }
        return "https://t.co/" + new String(code);
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: spreads FNV's weak low bits over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
