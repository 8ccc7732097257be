package org.veille.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the segments of a streamed server render where the page's scripts would put them. React's
 * streaming renderer sends a placeholder ({@code <template id="B:0">} or {@code <template id="P:5">})
 * where a part of the page will go, then sends that part later in a hidden {@code <div id="S:0">}
 * with a one-line script ({@code $RC("B:0","S:0")}, {@code $RS("S:5","P:5")}) that moves it into
 * place. Without scripts the parts stay hidden at the end of the page, and the cleaner would rightly
 * drop them as hidden: on such pages that is the whole product description or service text.
 */
final class StreamedSegments {
    /** A boundary completion ({@code $RC(boundary, segment)}) or a segment move ({@code $RS(segment, placeholder)}). */
    private static final Pattern INSTRUCTION = Pattern.compile("\\$R([CS])\\(\"([^\"]{1,40})\",\\s*\"([^\"]{1,40})\"");

    private StreamedSegments() {
    }

    /** Moves every streamed segment of {@code page} into its placeholder; returns how many moved. */
    static int assemble(Document page) {
        Element body = page.body();
        if (body == null) {
            return 0;
        }
        Map<String, Element> segments = new LinkedHashMap<>();
        for (Element candidate : body.getElementsByAttributeValueStarting("id", "S:")) {
            if (candidate.hasAttr("hidden")) {
                segments.put(candidate.id(), candidate);
            }
        }
        if (segments.isEmpty()) {
            return 0;
        }
        Map<String, String> targets = targets(page, segments);
        int moved = 0;
        // Segments nest (a segment may hold the placeholder of another): repeat until nothing moves.
        boolean progress = true;
        while (progress && !segments.isEmpty()) {
            progress = false;
            for (var it = segments.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                String target = targets.get(entry.getKey());
                Element placeholder = target == null ? null : page.getElementById(target);
                if (placeholder == null || !placeholder.normalName().equals("template")) {
                    continue;
                }
                if (target.startsWith("B:")) {
                    dropFallback(placeholder);
                }
                Element segment = entry.getValue();
                List<Node> children = new ArrayList<>(segment.childNodes());
                for (Node child : children) {
                    placeholder.before(child);
                }
                placeholder.remove();
                segment.remove();
                it.remove();
                moved++;
                progress = true;
            }
        }
        return moved;
    }

    /**
     * Where each segment goes, from the page's instructions; a segment no instruction names goes to
     * the placeholder with its number, as the renderer numbers them alike.
     */
    private static Map<String, String> targets(Document page, Map<String, Element> segments) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (Element script : page.getElementsByTag("script")) {
            String code = script.data();
            if (!code.contains("$R")) {
                continue;
            }
            Matcher m = INSTRUCTION.matcher(code);
            while (m.find()) {
                if (m.group(1).equals("C")) {
                    targets.putIfAbsent(m.group(3), m.group(2));
                } else {
                    targets.putIfAbsent(m.group(2), m.group(3));
                }
            }
        }
        for (String id : segments.keySet()) {
            String number = id.substring(2);
            if (!targets.containsKey(id)) {
                if (page.getElementById("P:" + number) != null) {
                    targets.put(id, "P:" + number);
                } else if (page.getElementById("B:" + number) != null) {
                    targets.put(id, "B:" + number);
                }
            }
        }
        return targets;
    }

    /**
     * Removes the fallback (a spinner, a skeleton) shown until the boundary completes: the nodes after
     * the placeholder up to the comment {@code /$} that closes the boundary, nested boundaries included.
     */
    private static void dropFallback(Element placeholder) {
        List<Node> fallback = new ArrayList<>();
        int depth = 0;
        for (Node node = placeholder.nextSibling(); node != null; node = node.nextSibling()) {
            if (node instanceof Comment comment) {
                String data = comment.getData();
                if (data.equals("/$")) {
                    if (depth == 0) {
                        fallback.forEach(Node::remove);
                        return;
                    }
                    depth--;
                } else if (data.equals("$") || data.equals("$?") || data.equals("$!")) {
                    depth++;
                }
            }
            fallback.add(node);
        }
        // No closing comment: the boundary's end is unknown, so nothing is dropped.
    }
}
