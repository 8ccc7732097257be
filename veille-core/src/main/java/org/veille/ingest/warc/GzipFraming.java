package org.veille.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Records of a {@code .warc.gz}: normally one per gzip member, the record's offset being its
 * member's. A record must end within its member (a member holding several records, such as a file
 * compressed whole, is read too, each record taking the member's offset). After damage, reading
 * resumes at the next intact member that starts a record.
 */
final class GzipFraming implements Framing {
    private final GzipMembers members;
    /** The current member's decompressed bytes, buffered; empty between members. */
    private InputStream data = new BufferedInputStream(InputStream.nullInputStream(), 1);
    private long dataOffset;
    private long recordOffset;

    GzipFraming(GzipMembers members) {
        this.members = members;
    }

    @Override
    public boolean nextRecord() throws IOException {
        while (true) {
            recordOffset = dataOffset;
            data.mark(1);
            int b = data.read();
            while (b == '\r' || b == '\n') {
                data.mark(1);
                b = data.read();
            }
            if (b >= 0) {
                data.reset();
                return true;
            }
            recordOffset = members.memberOffset();
            if (!members.nextMember()) {
                return false;
            }
            dataOffset = members.memberOffset();
            // A fresh buffer per member: nothing of a damaged member may leak into the next.
            data = new BufferedInputStream(members.member(), 8192);
        }
    }

    @Override
    public long recordOffset() {
        return recordOffset;
    }

    @Override
    public InputStream data() {
        return data;
    }

    @Override
    public boolean recover(boolean compressionDamage) throws IOException {
        long damaged = members.lastMemberStart();
        data = new BufferedInputStream(InputStream.nullInputStream(), 1);
        if (!compressionDamage) {
            // The gzip layer is sound: the rest of this member is the broken record's; skip it.
            try {
                members.member().transferTo(OutputStream.nullOutputStream());
                return true;
            } catch (ArchiveDamage e) {
                // damaged as well: look for the next good member below
            }
        }
        return members.resync(damaged);
    }

    @Override
    public void close() throws IOException {
        members.close();
    }
}
