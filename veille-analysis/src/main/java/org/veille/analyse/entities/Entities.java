package org.veille.analyse.entities;

import java.util.ArrayList;
import java.util.List;

import org.veille.analyse.TextOffsets;
import org.veille.analyse.nlp.AnnotatedText;
import org.veille.model.Entity;
import org.veille.model.Mention;

/**
 * The entities layer of an article: names found ({@link MentionFinder}), grouped into one entity per
 * real thing ({@link EntityClusterer}), numbered e1, e2… in order of first mention, with code point
 * offsets.
 */
public final class Entities {
    private final MentionFinder finder = new MentionFinder();
    private final EntityClusterer clusterer = new EntityClusterer();

    /** The clusters of a text, for the quotation rules that resolve speakers to entities. */
    public List<EntityClusterer.Cluster> clusters(AnnotatedText text) {
        return clusterer.cluster(finder.find(text));
    }

    /** The output records of clusters found in a text, {@code offsets} converting its char offsets. */
    public static List<Entity> records(List<EntityClusterer.Cluster> clusters, TextOffsets offsets) {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            EntityClusterer.Cluster c = clusters.get(i);
            List<Mention> mentions = new ArrayList<>();
            for (FoundMention m : c.mentions()) {
                mentions.add(new Mention(m.text(), offsets.codePoint(m.start()), offsets.codePoint(m.end())));
            }
            entities.add(new Entity(id(i), c.name(), c.type(), mentions));
        }
        return entities;
    }

    /** The identifier of the i-th entity (0-based): "e1". */
    public static String id(int index) {
        return "e" + (index + 1);
    }
}
