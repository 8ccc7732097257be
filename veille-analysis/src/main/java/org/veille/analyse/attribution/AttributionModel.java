package org.veille.analyse.attribution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A trained attribution tagger's knowledge: its language, the words it reads as possible cues, and its
 * stages. The first stage tags from the words alone; each later stage also reads the tags of the one
 * before (where the cues are, whether the sentence has a source), which lets it see an attribution as
 * a whole rather than word by word.
 *
 * <p>On disk: a gzipped stream with a magic word and a version, the language, the cue words, then the
 * stages. A file of another kind or version is refused with a message that says so.
 */
public record AttributionModel(String language, Set<String> cueWords, List<SequenceModel> stages) {
    private static final String MAGIC = "veille-attribution";
    /**
     * The file format and the features its weights belong to: a model's weights mean nothing to other
     * features, so any change to {@link AttributionFeatures} (a feature added, renamed or hashed another
     * way) must raise this number, and older models are then refused instead of tagging nonsense.
     * 3: features hashed by {@link FeatureList}.
     */
    static final int VERSION = 3;

    public AttributionModel {
        cueWords = Set.copyOf(cueWords);
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one stage");
        }
    }

    /** Writes the model; {@link #read} reads it back. The stream is left open. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip));
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(language);
        data.writeInt(cueWords.size());
        for (String w : new TreeSet<>(cueWords)) {
            data.writeUTF(w);
        }
        data.writeInt(stages.size());
        for (SequenceModel stage : stages) {
            stage.write(data);
        }
        data.flush();
        gzip.finish();
    }

    /**
     * Reads a model {@link #write} wrote.
     *
     * @throws IOException when the stream is not a Veille attribution model, is damaged, or is of a
     *                     version this code does not read
     */
    public static AttributionModel read(InputStream in) throws IOException {
        try {
            DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
            if (!MAGIC.equals(data.readUTF())) {
                throw new IOException("not a Veille attribution model");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new IOException("attribution model version " + version + "; this Veille reads version " + VERSION
                        + " (train it again with 'veille train attribution')");
            }
            String language = data.readUTF();
            int cueCount = data.readInt();
            Set<String> cues = new TreeSet<>();
            for (int i = 0; i < cueCount; i++) {
                cues.add(data.readUTF());
            }
            int stageCount = data.readInt();
            if (stageCount < 1 || stageCount > 8) {
                throw new IOException("attribution model damaged: " + stageCount + " stages");
            }
            List<SequenceModel> stages = new java.util.ArrayList<>();
            for (int i = 0; i < stageCount; i++) {
                stages.add(SequenceModel.read(data));
            }
            return new AttributionModel(language, cues, stages);
        } catch (ZipException | UTFDataFormatException | EOFException e) {
            throw new IOException("not a Veille attribution model, or a damaged one (" + e + ")", e);
        }
    }
}
