package org.veille.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.veille.extract.Whitespace;

/**
 * The elements metadata is read from, gathered in one walk over the page. Each jsoup {@code select}
 * is a walk of its own over thousands of elements, and metadata used to take one per question: on
 * a news page those walks cost more than everything the finders then do with what they find.
 *
 * @param metas        every {@code <meta>} element, in document order
 * @param canonicals   {@code <link>} elements whose {@code rel} includes {@code canonical} and that have an {@code href}
 * @param jsonLdScripts {@code <script>} elements of type {@code application/ld+json}
 * @param h1s          every {@code <h1>}, in document order
 * @param bylines      elements of the body the markup presents as a byline ({@link BylineMarkup}), in document order
 */
record PageElements(List<Element> metas, List<Element> canonicals, List<Element> jsonLdScripts, List<Element> h1s,
                    List<Element> bylines) {

    PageElements {
        metas = List.copyOf(metas);
        canonicals = List.copyOf(canonicals);
        jsonLdScripts = List.copyOf(jsonLdScripts);
        h1s = List.copyOf(h1s);
        bylines = List.copyOf(bylines);
    }


    static PageElements of(Document document) {
        List<Element> metas = new ArrayList<>();
        List<Element> canonicals = new ArrayList<>();
        List<Element> scripts = new ArrayList<>();
        List<Element> h1s = new ArrayList<>();
        List<Element> bylines = new ArrayList<>();
        boolean inBody = false;
        // Elements only, in document order, children read by index: a visitor over every node (text
        // included) and childNodes(), which copies each list, cost more than the tests below.
        List<Element> stack = new ArrayList<>();
        stack.add(document);
        while (!stack.isEmpty()) {
            Element element = stack.remove(stack.size() - 1);
            for (int i = element.childNodeSize() - 1; i >= 0; i--) {
                if (element.childNode(i) instanceof Element child) {
                    stack.add(child);
                }
            }
            // <body> is the last child of <html>: every element met after it is inside it.
            inBody |= element.normalName().equals("body");
            if (inBody && BylineMarkup.INSTANCE.matches(element, element)) {
                bylines.add(element);
            }
            switch (element.normalName()) {
                case "meta" -> metas.add(element);
                case "h1" -> h1s.add(element);
                case "link" -> {
                    if (element.hasAttr("href") && hasToken(element.attr("rel"), "canonical")) {
                        canonicals.add(element);
                    }
                }
                case "script" -> {
                    if (element.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
                        scripts.add(element);
                    }
                }
                default -> {
                }
            }
        }
        return new PageElements(metas, canonicals, scripts, h1s, bylines);
    }

    /** Whether a space-separated attribute value such as {@code rel} holds {@code token}, ignoring case. */
    static boolean hasToken(String value, String token) {
        for (String part : Whitespace.RUNS.split(value.trim())) {
            if (part.equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }
}
